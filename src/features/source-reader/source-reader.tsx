import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { Source } from '../../data/schema';
import type { DatasetIndex } from '../../domain/dataset-index';
import { formatCalendarDate } from '../../domain/dates';
import {
  anchorPassages,
  nestSegments,
  paragraphs,
  planEventLinks,
  segmentText,
  type EventLinks,
} from '../../domain/passage-segments';
import { PassageEvents } from './passage-events';
import { SourceText, type SourceLine } from './source-text';
import { scrollBehavior, useModalDialog } from './use-modal-dialog';
import './source-reader.css';

export interface SourceReaderProps {
  index: DatasetIndex;
  sourceId: string;
  /** The passage to highlight and scroll to. */
  passageId: string;
  /** The parent unmounts the reader; focus returns to the opener on unmount. */
  onClose: () => void;
  /** Renders a link to an event (the parent supplies router links). */
  renderEventLink: (eventId: string, children: ReactNode) => ReactNode;
}

function Attribution({ source }: { source: Source }) {
  const { date, precision, basis } = source.published;
  return (
    <p className="source-reader-attribution">
      {source.publisher}
      {source.outlet ? `, ${source.outlet}` : ''} · published {formatCalendarDate(date, precision)}
      {basis.certainty === 'inferred' ? ` (inferred: ${basis.note})` : ''}
      {source.url && (
        <>
          {' · '}
          <a href={source.url} rel="noopener noreferrer">original article</a>
        </>
      )}
    </p>
  );
}

interface SourceLayout {
  /** The passages found in the text. */
  ids: Set<string>;
  lines: SourceLine[];
  links: Map<string, EventLinks>;
}

/** The article cut into lines of nested marks, and the event links that follow each passage. */
function layOut(index: DatasetIndex, source: Source | undefined): SourceLayout {
  if (!source) return { ids: new Set(), lines: [], links: new Map() };
  const ranges = anchorPassages(source.text, index.passagesBySource.get(source.id) ?? []);
  const lines: SourceLine[] = paragraphs(segmentText(source.text, ranges), source.text).map((p) => ({
    start: p.start,
    nodes: nestSegments(p.segments, ranges),
  }));
  const links = planEventLinks(
    lines.map((line) => line.nodes),
    (id) => index.passageById.get(id)?.events ?? [],
  );
  return { ids: new Set(ranges.map((r) => r.id)), lines, links };
}

/** "Read in context": the whole article in a modal dialog, the opened passage highlighted and in view. */
export function SourceReader({ index, sourceId, passageId, onClose, renderEventLink }: SourceReaderProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const currentRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const source = index.sourceById.get(sourceId);
  const { ids, lines, links } = useMemo(() => layOut(index, source), [index, source]);
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
        <h2 id={headingId}>{source ? (source.headline ?? 'Untitled article') : 'Article not found'}</h2>
        <button ref={closeRef} type="button" className="source-reader-close" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="source-reader-body">
        {source ? (
          <>
            <Attribution source={source} />
            <p className="source-reader-legend">
              <span className="source-reader-key is-current">Highlighted</span>: the passage you opened.{' '}
              <span className="source-reader-key">Underlined</span>: other passages this timeline cites. The → after a
              passage links to its event.
            </p>
            {!found && <p className="source-reader-missing">The passage you opened could not be found in this article.</p>}
            <section className="source-reader-text" aria-label="Full text" lang={source.language}>
              <SourceText
                lines={lines}
                currentId={passageId}
                currentRef={currentRef}
                renderAfter={(id) => {
                  const after = links.get(id);
                  return after && <PassageEvents index={index} links={after} renderEventLink={renderEventLink} />;
                }}
              />
            </section>
          </>
        ) : (
          <p>This dataset has no article with the id “{sourceId}”.</p>
        )}
      </div>
    </dialog>
  );
}
