import type { EventMark as Mark } from '../../domain/timeline/timeline-layout';
import { useI18n } from '../../i18n/i18n-context';
import { EventLink } from '../../routing/links';
import { focusName, useFocusTarget } from '../../ui/focus-targets';
import { DOT_RADIUS, laneY } from './geometry';

interface Props {
  mark: Mark;
  selected: boolean;
  focusable: boolean;
  onReveal: (id: string | null) => void;
}

/** One event on the axis: a link named by its title and date, drawn as a dot or a bar. */
export function EventMark({ mark, selected, focusable, onReveal }: Props) {
  const { dates } = useI18n();
  const { event } = mark.item;
  const focusTarget = useFocusTarget<HTMLAnchorElement>(focusName.timelineEvent(event.id));
  const y = laneY(mark.lane);
  const ranged = mark.x1 > mark.x0;
  const label = mark.label;
  return (
    <EventLink
      eventId={event.id}
      ref={focusTarget}
      className={`event-mark${selected ? ' is-selected' : ''}${mark.label ? '' : ' is-unlabelled'}`}
      aria-label={`${event.title}, ${dates.eventDate(event)}`}
      aria-current={selected ? 'page' : undefined}
      tabIndex={focusable ? 0 : -1}
      data-event-id={event.id}
      data-nav-x={mark.x0}
      onFocus={() => onReveal(event.id)}
      onBlur={() => onReveal(null)}
      onMouseEnter={() => onReveal(event.id)}
      onMouseLeave={() => onReveal(null)}
    >
      {/* A wider invisible hit area: 24 px targets (WCAG 2.2 target size). */}
      <rect className="mark-hit" x={Math.min(mark.x0, mark.x1) - 12} y={y - 12} width={Math.abs(mark.x1 - mark.x0) + 24} height={24} />
      {ranged ? (
        <rect className="mark-bar" x={mark.x0 - DOT_RADIUS / 2} y={y - 5} width={mark.x1 - mark.x0 + DOT_RADIUS} height={10} rx={5} />
      ) : (
        <circle className="mark-dot" cx={mark.x0} cy={y} r={DOT_RADIUS} />
      )}
      {label && (
        <text className="mark-label" x={label.x} y={y} dy="0.35em" textAnchor={label.anchor} aria-hidden="true">
          {event.title}
        </text>
      )}
    </EventLink>
  );
}
