import type { ErrorComponentProps } from '@tanstack/react-router';
import { useI18n } from '../i18n/i18n-context';

const HOME = import.meta.env.BASE_URL;

/** Last line of defence for an error no part contained: say so, and offer a way on. */
export function PageError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  return (
    <main className="page" tabIndex={-1}>
      <h1>{t('app.name')}</h1>
      <section className="error-screen" role="alert" aria-labelledby="page-error-title">
        <h2 id="page-error-title">{t('page-error.title')}</h2>
        <p>
          {t('part-error.what-happened')} <code>{error instanceof Error ? error.message : String(error)}</code>
        </p>
        <p>
          <button type="button" className="button" onClick={reset}>
            {t('action.try-again')}
          </button>{' '}
          <a href={HOME}>{t('not-found.go-home-plain')}</a>
        </p>
      </section>
    </main>
  );
}
