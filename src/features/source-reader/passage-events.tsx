import { Fragment, type ReactNode } from 'react';
import type { EventLinks } from '../../domain/text/passage-segments';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  titles: ReadonlyMap<string, string>;
  links: EventLinks;
  renderEventLink: (eventId: string, children: ReactNode) => ReactNode;
}

/**
 * Small links after a passage, each named "Event: <title>". Links repeating the ones just before show
 * only an arrow (the title as a tooltip), so the article still reads as an article. Only links, no loose
 * text, so the words around them stay the source's own.
 */
export function PassageEvents({ titles, links, renderEventLink }: Props) {
  const { t } = useI18n();
  return (
    <span className={links.repeat ? 'source-reader-events is-repeat' : 'source-reader-events'}>
      {links.events.map((eventId) => {
        const title = titles.get(eventId) ?? eventId;
        return (
          <Fragment key={eventId}>
            {renderEventLink(
              eventId,
              links.repeat ? (
                <>
                  <span className="visually-hidden">{t('source-reader.event-link', { title })}</span>
                  <span aria-hidden="true" title={title}>
                    →
                  </span>
                </>
              ) : (
                <>
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('source-reader.event-link-prefix')}</span> {title}
                </>
              ),
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
