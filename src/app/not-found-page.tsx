import { useI18n } from '../i18n/i18n-context';
import { TimelineLink } from '../routing/links';

/** Any path the site does not have. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <main className="page" tabIndex={-1}>
      <h1>{t('not-found.page-title')}</h1>
      <section className="not-found" aria-label={t('not-found.region')}>
        <p>{t('not-found.page-text')}</p>
        <p>
          <TimelineLink>{t('not-found.go-home')}</TimelineLink>
        </p>
      </section>
    </main>
  );
}
