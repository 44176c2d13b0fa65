import { DatasetError } from '../../data/load/dataset-error';
import { useI18n } from '../../i18n/i18n-context';
import { formatProblem } from '../../i18n/problem-messages';

interface Props {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

const MAX_LISTED = 50;

/** Says exactly why the dataset cannot be shown, lists its problems, and offers a retry. */
export function DatasetErrorScreen({ error, onRetry, retrying }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const datasetError = error instanceof DatasetError ? error : null;
  const problems = datasetError?.problems ?? [];
  const message = datasetError
    ? t(`dataset-error.${datasetError.kind}`, { status: datasetError.status, count: problems.length })
    : error instanceof Error
      ? error.message
      : t('dataset-error.unknown');
  return (
    <section className="error-screen" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{t('dataset-error.title')}</h2>
      <p>{message}</p>
      {datasetError && (
        <p className="muted">
          {t('dataset-error.address')} <code>{datasetError.url}</code>
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h3>{t('dataset-error.problems')}</h3>
          <ul className="problem-list">
            {problems.slice(0, MAX_LISTED).map((problem, i) => (
              <li key={i}>
                <code>{formatProblem(problem, i18n)}</code>
              </li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p>{t('dataset-error.more', { count: problems.length - MAX_LISTED })}</p>}
        </>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('action.retrying') : t('action.try-again')}
      </button>
    </section>
  );
}
