import type { TimelineEvent } from '../../domain/model/dataset';
import { useI18n } from '../../i18n/i18n-context';

/** An event's date in words, to its precision, as a machine-readable `<time>`. */
export function EventDate({ event, short = false }: { event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>; short?: boolean }) {
  const { dates } = useI18n();
  return <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>{dates.eventDate(event, short ? 'short' : 'long')}</time>;
}
