import type { Source } from '../../data/schema';
import { formatCalendarDate } from '../../domain/dates';

/** Publisher, outlet, headline and publication date with how sure that date is. */
export function SourceAttribution({ source }: { source: Source }) {
  const published = formatCalendarDate(source.published.date, source.published.precision);
  const inferred = source.published.basis.certainty === 'inferred';
  return (
    <p className="attribution">
      <cite>{source.headline ?? 'Untitled article'}</cite>
      <span>
        {' '}
        — {source.publisher}
        {source.outlet ? `, ${source.outlet}` : ''}
      </span>
      <span>
        {', '}
        {inferred ? `published ${published} (inferred: ${source.published.basis.note})` : `published ${published}`}
      </span>
    </p>
  );
}
