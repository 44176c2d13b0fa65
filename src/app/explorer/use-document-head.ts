import { useEffect } from 'react';
import type { EventDetail, EventStore } from '../../data/store/event-store';
import { useI18n } from '../../i18n/i18n-context';
import { setCanonicalPath } from '../shell/document-head';

/**
 * The tab, the history entry and a share sheet say what is open, as the prerendered page's own
 * `<title>` and canonical link did. An unknown event's page is a not-found page, with no canonical address.
 */
export function useDocumentHead(store: EventStore, eventId: string | undefined, detail: EventDetail | null | undefined): void {
  const { t, dates } = useI18n();
  const event = detail?.item.event;
  const title = event
    ? t('head.event-title', { title: event.title, date: dates.eventDate(event) })
    : eventId !== undefined
      ? t('head.not-found-title')
      : t('head.title', { title: store.info.title });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const canonicalPath = eventId !== undefined && !event ? null : `${import.meta.env.BASE_URL}${event ? `events/${event.id}` : ''}`;
  useEffect(() => {
    setCanonicalPath(canonicalPath);
  }, [canonicalPath]);
}
