import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { SourceDetail } from '../../data/store/event-store';
import { anchorPassages, nestSegments, paragraphs, planEventLinks, segmentText, type EventLinks } from '../../domain/text/passage-segments';
import { SourceAttribution } from '../../entities/source/source-attribution';
import { useI18n } from '../../i18n/i18n-context';
import { PassageEvents } from './passage-events';
import { SourceText, type SourceLine } from './source-text';
import { scrollBehavior, useModalDialog } from './use-modal-dialog';
import './source-reader.css';

export interface SourceReaderProps {
  sourceId: string;
  /** The article and its passages; null when the dataset has no such source. */
  detail: SourceDetail | null;
  /** The passage to highlight and scroll to. */
  passageId: string;
  /** The parent unmounts the reader; focus returns to the opener on unmount. */
  onClose: () => void;
  /** Renders a link to an event (the parent supplies router links). */
  renderEventLink: (eventId: string, children: ReactNode) => ReactNode;
}

interface SourceLayout {
  /** The passages found in the text. */
  ids: Set<string>;
  lines: SourceLine[];
  links: Map<string, EventLinks>;
}

/** The article cut into lines of nested marks, and the event links that follow each passage. */
function layOut(detail: SourceDetail | null): SourceLayout {
  if (!detail) return { ids: new Set(), lines: [], links: new Map() };
  const { source, passages } = detail;
  const ranges = anchorPassages(source.text, passages);
  const lines: SourceLine[] = paragraphs(segmentText(source.text, ranges), source.text).map((p) => ({
    start: p.start,
    nodes: nestSegments(p.segments, ranges),
  }));
  const eventsOf = new Map(passages.map((p) => [p.id, p.events]));
  const links = planEventLinks(
    lines.map((line) => line.nodes),
    (id) => eventsOf.get(id) ?? [],
  );
  return { ids: new Set(ranges.map((r) => r.id)), lines, links };
}

/** "Read in context": the whole article in a modal dialog, the opened passage highlighted and in view. */
export function SourceReader({ sourceId, detail, passageId, onClose, renderEventLink }: SourceReaderProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const currentRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const source = detail?.source;
  const { ids, lines, links } = useMemo(() => layOut(detail), [detail]);
  const found = ids.has(passageId);

  useModalDialog(dialogRef, onClose);

  useEffect(() => {
    const passage = currentRef.current;
    if (!passage) {
      closeRef.current?.focus();
      return;
    }
    // Focus lands on what the reader came for, so a screen reader reads the passage first.
    passage.focus({ preventScroll: true });
    passage.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [sourceId, passageId]);

  return (
    <dialog ref={dialogRef} className="source-reader" aria-labelledby={headingId}>
      <div className="source-reader-header">
        <h2 id={headingId}>{source ? (source.headline ?? t('source.untitled')) : t('source-reader.not-found-title')}</h2>
        <button ref={closeRef} type="button" className="source-reader-close" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
      <div className="source-reader-body">
        {source ? (
          <>
            <SourceAttribution source={source} headline={false} link />
            <p className="source-reader-legend">
              <span className="source-reader-key is-current">{t('source-reader.key-current')}</span>
              {t('source-reader.key-current-means')}{' '}
              <span className="source-reader-key">{t('source-reader.key-other')}</span>
              {t('source-reader.key-other-means')}
            </p>
            {!found && <p className="source-reader-missing">{t('source-reader.passage-missing')}</p>}
            <section className="source-reader-text" aria-label={t('source-reader.full-text')} lang={source.language}>
              <SourceText
                lines={lines}
                currentId={passageId}
                currentRef={currentRef}
                renderAfter={(id) => {
                  const after = links.get(id);
                  return after && <PassageEvents titles={detail.eventTitles} links={after} renderEventLink={renderEventLink} />;
                }}
              />
            </section>
          </>
        ) : (
          <p>{t('source-reader.no-source', { id: sourceId })}</p>
        )}
      </div>
    </dialog>
  );
}
