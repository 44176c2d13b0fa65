import { useI18n } from '../i18n/i18n-context';
import './ui.css';

/** Shown while the dataset loads; announced politely, and quiet for reduced-motion users. */
export function LoadingScreen({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="status-screen" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>{label ?? t('loading.timeline')}</p>
    </div>
  );
}
