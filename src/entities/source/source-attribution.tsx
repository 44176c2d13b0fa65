import type { Source } from '../../domain/model/dataset';
import { useI18n } from '../../i18n/i18n-context';
import './source.css';

interface Props {
  source: Source;
  /** Show the headline as a citation (in a list of sources), or leave it to a heading nearby. */
  headline?: boolean;
  /** Link to the original article where the source has an address. */
  link?: boolean;
}

/** Headline, publisher, outlet and publication date with how sure that date is: one line per source, everywhere. */
export function SourceAttribution({ source, headline = true, link = false }: Props) {
  const { t, dates } = useI18n();
  const { date, precision, basis } = source.published;
  const published = dates.calendarDate(date, precision);
  return (
    <p className="attribution">
      {headline && (
        <>
          <cite>{source.headline ?? t('source.untitled')}</cite>
          {' — '}
        </>
      )}
      <span>{source.outlet ? t('source.publisher-outlet', { publisher: source.publisher, outlet: source.outlet }) : source.publisher}</span>
      {' · '}
      <span>
        {basis.certainty === 'inferred' ? t('source.published-inferred', { date: published, note: basis.note }) : t('source.published', { date: published })}
      </span>
      {link && source.url && (
        <>
          {' · '}
          <a href={source.url} rel="noopener noreferrer">
            {t('source.original')}
          </a>
        </>
      )}
    </p>
  );
}
