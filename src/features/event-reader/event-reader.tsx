import { EventLink, useEventUrl } from '../../ui/event-link';
import { HighlightedText } from '../../ui/highlighted-text';
import { ShareButtons } from '../../ui/share-buttons';
import { useEffect, useRef } from 'react';
import type { Excerpt, Quote } from '../../data/schema';
import { formatEventDate } from '../../domain/dates';
import type { DatasetIndex, IndexedEvent } from '../../domain/dataset-index';
import { QuoteBlock } from './quote-block';
import { SourceAttribution } from './source-attribution';

interface Props {
  index: DatasetIndex;
  selected: IndexedEvent;
  /** The events being shown, in order, for previous / next. */
  visible: readonly IndexedEvent[];
  highlightedPassage: string | undefined;
  /** Searched words to mark in the text. */
  terms: readonly string[];
  /** Actors in the filter, shown pressed among the chips. */
  selectedActors: readonly string[];
  onActorClick: (actorId: string) => void;
  /** Opens the passage inside its full article. */
  onReadInContext: (passage: Excerpt | Quote) => void;
}

const ROLE_LABEL = { participant: 'participant', subject: 'subject', mentioned: 'mentioned' } as const;

function groupBySource(excerpts: readonly Excerpt[]): Map<string, Excerpt[]> {
  const groups = new Map<string, Excerpt[]>();
  for (const excerpt of excerpts) groups.set(excerpt.source, [...(groups.get(excerpt.source) ?? []), excerpt]);
  return groups;
}

/** The address the page was opened at (this module runs once, when the app starts). */
const LANDING_URL = typeof window === 'undefined' ? '' : window.location.href;

export function EventReader(props: Props) {
  const { index, selected, visible, highlightedPassage, terms, selectedActors, onActorClick, onReadInContext } = props;
  const eventUrl = useEventUrl();
  const { event } = selected;
  const quotes = index.quotesByEvent.get(event.id) ?? [];
  const excerpts = groupBySource(index.excerptsByEvent.get(event.id) ?? []);
  const at = visible.findIndex((e) => e.event.id === event.id);
  const previous = at > 0 ? visible[at - 1] : undefined;
  const next = at >= 0 ? visible[at + 1] : undefined;
  const headingId = `reader-title-${event.id}`;
  const articleRef = useRef<HTMLElement>(null);
  const shownBefore = useRef(false);
  const openedWithQuote = useRef(Boolean(highlightedPassage));

  // Bring the reader into view when it is out of it: an event chosen from below (the list on a
  // phone), or a shared link to an event opened on a phone, where the reader sits below the
  // timeline and the list. For the address the page was opened at, only if the reader has not
  // scrolled already (before the app took over), and not when a quote link scrolls to its quote.
  useEffect(() => {
    const firstRender = !shownBefore.current;
    shownBefore.current = true;
    const pageLoad = window.location.href === LANDING_URL;
    if (firstRender && pageLoad && (window.scrollY > 0 || openedWithQuote.current)) return;
    const top = articleRef.current?.getBoundingClientRect().top ?? 0;
    if (top < 0 || top > window.innerHeight * 0.8) articleRef.current?.scrollIntoView({ block: 'start' });
    if (firstRender) return;
    // If what had focus went away with the previous event (a link in a closed dialog), focus the new one.
    if (!document.activeElement || document.activeElement === document.body) {
      articleRef.current?.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [event.id]);

  // A quote link opens the event with that quote in view.
  useEffect(() => {
    if (!highlightedPassage) return;
    const element = document.getElementById(`passage-${highlightedPassage}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [highlightedPassage, event.id]);

  return (
    <article ref={articleRef} className="event-reader" aria-labelledby={headingId}>
      <header className="reader-header">
        <p className="reader-date">
          <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>{formatEventDate(event)}</time>
          {event.basis.certainty === 'inferred' && <span className="badge">date inferred</span>}
        </p>
        <h2 id={headingId} tabIndex={-1}>
          <HighlightedText text={event.title} terms={terms} />
        </h2>
        {event.place && <p className="reader-place">{event.place}</p>}
        <div className="reader-toolbar">
          <ShareButtons url={() => eventUrl(event.id)} title={event.title} what="link to this event" />
        </div>
        <details className="basis">
          <summary>How this date was established</summary>
          <p>{event.basis.note}</p>
        </details>
      </header>

      {event.actors.length > 0 && (
        <section aria-labelledby={`${headingId}-actors`}>
          <h3 id={`${headingId}-actors`} className="reader-section-title">
            Actors
          </h3>
          <ul className="chips">
            {event.actors.map(({ actor, role }) => {
              const name = index.actorById.get(actor)?.name ?? actor;
              const pressed = selectedActors.includes(actor);
              return (
                <li key={actor}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={pressed}
                    title={pressed ? `${name} is in the filter` : `Show only events with ${name}`}
                    onClick={() => onActorClick(actor)}
                  >
                    {name} <span className="chip-role">{ROLE_LABEL[role]}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section className="editorial" aria-labelledby={`${headingId}-summary`}>
        <h3 id={`${headingId}-summary`} className="reader-section-title">
          Editorial summary
        </h3>
        <p>
          <HighlightedText text={event.summary.text} terms={terms} />
        </p>
        <p className="editorial-note">Written by Sourceline’s editors, not quoted from a source.</p>
      </section>

      {quotes.length > 0 && (
        <section aria-labelledby={`${headingId}-quotes`}>
          <h3 id={`${headingId}-quotes`} className="reader-section-title">
            Quotes ({quotes.length})
          </h3>
          {quotes.map((quote) => (
            <QuoteBlock
              key={quote.id}
              quote={quote}
              index={index}
              terms={terms}
              highlighted={quote.id === highlightedPassage}
              onReadInContext={onReadInContext}
              url={() => eventUrl(event.id, quote.id)}
            />
          ))}
        </section>
      )}

      {excerpts.size > 0 && (
        <section aria-labelledby={`${headingId}-sources`}>
          <h3 id={`${headingId}-sources`} className="reader-section-title">
            What the sources said
          </h3>
          {[...excerpts].map(([sourceId, list]) => {
            const source = index.sourceById.get(sourceId);
            return (
              <section key={sourceId} className="source-group" aria-label={`From ${source?.headline ?? source?.publisher ?? sourceId}`}>
                {source && <SourceAttribution source={source} />}
                {list.map((excerpt) => (
                  <div key={excerpt.id} className="excerpt-item">
                    <blockquote
                      id={`passage-${excerpt.id}`}
                      tabIndex={-1}
                      className={excerpt.id === highlightedPassage ? 'excerpt is-highlighted' : 'excerpt'}
                    >
                      <p>
                        <HighlightedText text={excerpt.selector.exact} terms={terms} />
                      </p>
                    </blockquote>
                    <div className="passage-actions">
                      <button type="button" className="link-button" onClick={() => onReadInContext(excerpt)}>
                        Read in context
                      </button>
                    </div>
                  </div>
                ))}
              </section>
            );
          })}
        </section>
      )}

      {event.related.length > 0 && (
        <section aria-labelledby={`${headingId}-related`}>
          <h3 id={`${headingId}-related`} className="reader-section-title">
            Related events
          </h3>
          <ul className="related">
            {event.related.map(({ event: id, relation }) => {
              const related = index.eventById.get(id)?.event;
              if (!related) return null;
              return (
                <li key={id}>
                  <span className="relation">{relation}: </span>
                  <EventLink eventId={id}>
                    {related.title}
                  </EventLink>{' '}
                  <span className="muted">({formatEventDate(related)})</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <nav className="prev-next" aria-label="Previous and next event">
        {previous ? (
          <EventLink eventId={previous.event.id} rel="prev">
            ← Previous: {previous.event.title}
          </EventLink>
        ) : (
          <span />
        )}
        {next && (
          <EventLink eventId={next.event.id} rel="next">
            Next: {next.event.title} →
          </EventLink>
        )}
      </nav>
    </article>
  );
}
