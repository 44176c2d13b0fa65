import { Fragment, type ReactNode } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index';
import type { EventLinks } from '../../domain/passage-segments';

interface Props {
  index: DatasetIndex;
  links: EventLinks;
  renderEventLink: (eventId: string, children: ReactNode) => ReactNode;
}

/**
 * Small links after a passage, each named "Event: <title>". Links repeating the ones just before show
 * only an arrow (the title as a tooltip), so the article still reads as an article. Only links, no loose
 * text, so the words around them stay the source's own.
 */
export function PassageEvents({ index, links, renderEventLink }: Props) {
  return (
    <span className={links.repeat ? 'source-reader-events is-repeat' : 'source-reader-events'}>
      {links.events.map((eventId) => {
        const title = index.eventById.get(eventId)?.event.title ?? eventId;
        return (
          <Fragment key={eventId}>
            {renderEventLink(
              eventId,
              links.repeat ? (
                <>
                  <span className="visually-hidden">Event: {title}</span>
                  <span aria-hidden="true" title={title}>
                    →
                  </span>
                </>
              ) : (
                <>
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden">Event:</span> {title}
                </>
              ),
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
