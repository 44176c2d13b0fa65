import { useEffect, useRef } from 'react';
import type { EventDetail } from '../../data/store/event-store';
import type { Neighbours } from '../../domain/explore/navigation';
import type { Passage } from '../../domain/model/dataset';
import { ActorChip } from '../../entities/actor/actor-chip';
import { EventDate } from '../../entities/event/event-date';
import { ExcerptBlock } from '../../entities/passage/excerpt-block';
import { QuoteBlock } from '../../entities/passage/quote-block';
import { SourceAttribution } from '../../entities/source/source-attribution';
import { useI18n } from '../../i18n/i18n-context';
import { EventLink, useEventUrl } from '../../routing/links';
import { HighlightedText } from '../../ui/highlighted-text';
import { ShareButtons } from '../../ui/share-buttons';
import { useRevealOnOpen } from './use-reveal-on-open';
import './event-reader.css';

interface Props {
  detail: EventDetail;
  /** Previous and next among the events shown. */
  neighbours: Neighbours;
  highlightedPassage: string | undefined;
  /** Searched words to mark in the text. */
  terms: readonly string[];
  /** Actors in the filter, shown pressed among the chips. */
  selectedActors: readonly string[];
  onActorClick: (actorId: string) => void;
  /** Opens the passage inside its full article. */
  onReadInContext: (passage: Passage) => void;
}

export function EventReader(props: Props) {
  const { detail, neighbours, highlightedPassage, terms, selectedActors, onActorClick, onReadInContext } = props;
  const { t } = useI18n();
  const eventUrl = useEventUrl();
  const { event } = detail.item;
  const { previous, next } = neighbours;
  const headingId = `reader-title-${event.id}`;
  const articleRef = useRef<HTMLElement>(null);
  useRevealOnOpen(articleRef, event.id, Boolean(highlightedPassage));

  // A quote link opens the event with that quote in view.
  useEffect(() => {
    if (!highlightedPassage) return;
    const element = articleRef.current?.querySelector<HTMLElement>(`#passage-${CSS.escape(highlightedPassage)}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [highlightedPassage, event.id]);

  const readInContext = (passage: Passage) => (
    <button type="button" className="link-button" onClick={() => onReadInContext(passage)}>
      {t('reader.read-in-context')}
    </button>
  );

  return (
    <article ref={articleRef} className="event-reader" aria-labelledby={headingId}>
      <header className="reader-header">
        <p className="reader-date">
          <EventDate event={event} />
          {event.basis.certainty === 'inferred' && <span className="badge">{t('reader.date-inferred')}</span>}
        </p>
        <h2 id={headingId} tabIndex={-1}>
          <HighlightedText text={event.title} terms={terms} />
        </h2>
        {event.place && <p className="reader-place">{event.place}</p>}
        <div className="reader-toolbar">
          <ShareButtons url={() => eventUrl(event.id)} title={event.title} what={t('share.what-event')} />
        </div>
        <details className="basis">
          <summary>{t('reader.date-basis')}</summary>
          <p>{event.basis.note}</p>
        </details>
      </header>

      {detail.actors.length > 0 && (
        <section aria-labelledby={`${headingId}-actors`}>
          <h3 id={`${headingId}-actors`} className="reader-section-title">
            {t('reader.actors')}
          </h3>
          <ul className="chips">
            {detail.actors.map(({ id, actor, role }) => (
              <li key={id}>
                <ActorChip id={id} actor={actor} role={role} pressed={selectedActors.includes(id)} onClick={() => onActorClick(id)} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="editorial" aria-labelledby={`${headingId}-summary`}>
        <h3 id={`${headingId}-summary`} className="reader-section-title">
          {t('reader.summary')}
        </h3>
        <p>
          <HighlightedText text={event.summary.text} terms={terms} />
        </p>
        <p className="editorial-note">{t('reader.summary-note')}</p>
      </section>

      {detail.quotes.length > 0 && (
        <section aria-labelledby={`${headingId}-quotes`}>
          <h3 id={`${headingId}-quotes`} className="reader-section-title">
            {t('reader.quotes', { count: detail.quotes.length })}
          </h3>
          {detail.quotes.map((quoteDetail) => {
            const { quote, speaker } = quoteDetail;
            const name = speaker?.name ?? quote.speaker;
            return (
              <QuoteBlock
                key={quote.id}
                detail={quoteDetail}
                terms={terms}
                highlighted={quote.id === highlightedPassage}
                actions={
                  <>
                    {readInContext(quote)}
                    <ShareButtons url={() => eventUrl(event.id, quote.id)} title={t('share.quote-title', { name, words: quote.selector.exact })} what={t('share.what-quote', { name })} />
                  </>
                }
              />
            );
          })}
        </section>
      )}

      {detail.excerptsBySource.length > 0 && (
        <section aria-labelledby={`${headingId}-sources`}>
          <h3 id={`${headingId}-sources`} className="reader-section-title">
            {t('reader.sources')}
          </h3>
          {detail.excerptsBySource.map(({ sourceId, source, excerpts }) => (
            <section key={sourceId} className="source-group" aria-label={t('reader.from-source', { source: source?.headline ?? source?.publisher ?? sourceId })}>
              {source && <SourceAttribution source={source} />}
              {excerpts.map((excerpt) => (
                <ExcerptBlock
                  key={excerpt.id}
                  excerpt={excerpt}
                  language={source?.language}
                  terms={terms}
                  highlighted={excerpt.id === highlightedPassage}
                  actions={readInContext(excerpt)}
                />
              ))}
            </section>
          ))}
        </section>
      )}

      {detail.related.length > 0 && (
        <section aria-labelledby={`${headingId}-related`}>
          <h3 id={`${headingId}-related`} className="reader-section-title">
            {t('reader.related')}
          </h3>
          <ul className="related">
            {detail.related.map(({ item, relation }) => (
              <li key={item.event.id}>
                <span className="relation">{t('reader.relation', { relation })} </span>
                <EventLink eventId={item.event.id}>{item.event.title}</EventLink>{' '}
                <span className="muted">
                  (<EventDate event={item.event} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav className="prev-next" aria-label={t('reader.prev-next')}>
        {previous ? (
          <EventLink eventId={previous.event.id} rel="prev">
            {t('reader.previous', { title: previous.event.title })}
          </EventLink>
        ) : (
          <span />
        )}
        {next && (
          <EventLink eventId={next.event.id} rel="next">
            {t('reader.next', { title: next.event.title })}
          </EventLink>
        )}
      </nav>
    </article>
  );
}
