import { useI18n } from '../../i18n/i18n-context';
import { LoadingScreen } from '../../ui/loading-screen';

export function ExplorerLoading() {
  const { t } = useI18n();
  return (
    <main className="page" tabIndex={-1}>
      <h1>{t('app.name')}</h1>
      <LoadingScreen />
    </main>
  );
}
