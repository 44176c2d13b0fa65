import type { ErrorComponentProps } from '@tanstack/react-router';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { DatasetErrorScreen } from '../../entities/dataset/dataset-error-screen';

/** The dataset could not be loaded: why, every problem, and a retry that loads it again. */
export function ExplorerError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  const router = useRouter();
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    reset();
    void router.invalidate().finally(() => setRetrying(false));
  };
  return (
    <main className="page" tabIndex={-1}>
      <h1>{t('app.name')}</h1>
      <DatasetErrorScreen error={error} onRetry={retry} retrying={retrying} />
    </main>
  );
}
