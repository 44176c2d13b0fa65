import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useI18n } from '../i18n/i18n-context';
import './ui.css';

export type PartName = 'timeline' | 'reader' | 'source' | 'page';

interface Props {
  /** Which part of the page this is; the catalogue names it in the reader's words. */
  name: PartName;
  children: ReactNode;
  /** When any of these change (another event, other filters), try rendering the part again. */
  resetKeys?: unknown[];
}

function PartError({ error, resetErrorBoundary, name }: FallbackProps & { name: PartName }) {
  const { t } = useI18n();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="part-error" role="alert">
      <p>
        <strong>{t('part-error.title', { part: name })}</strong> {t('part-error.rest-works')}
      </p>
      <p className="muted">
        {t('part-error.what-happened')} <code>{message}</code>
      </p>
      <button type="button" className="button" onClick={resetErrorBoundary}>
        {t('part-error.reset', { part: name })}
      </button>
    </div>
  );
}

/** Contains a render error to one part of the page, says what happened, and offers a reset. */
export function PartBoundary({ name, children, resetKeys }: Props) {
  return (
    <ErrorBoundary
      fallbackRender={(props) => <PartError {...props} name={name} />}
      {...(resetKeys ? { resetKeys } : {})}
      onError={(error) => console.warn(`Sourceline: ${name} failed to render`, error)}
    >
      {children}
    </ErrorBoundary>
  );
}
