import { formatProblem } from '../data/check-dataset';
import { DatasetError } from '../data/dataset-error';

interface Props {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

const MAX_LISTED = 50;

/** Says exactly why the dataset cannot be shown, lists its problems, and offers a retry. */
export function DatasetErrorScreen({ error, onRetry, retrying }: Props) {
  const datasetError = error instanceof DatasetError ? error : null;
  const problems = datasetError?.problems ?? [];
  return (
    <section className="error-screen" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">The timeline could not be loaded</h2>
      <p>{datasetError?.message ?? (error instanceof Error ? error.message : 'Something went wrong while loading the dataset.')}</p>
      {datasetError && (
        <p className="muted">
          Dataset: <code>{datasetError.url}</code>
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h3>Problems found</h3>
          <ul className="problem-list">
            {problems.slice(0, MAX_LISTED).map((problem, i) => (
              <li key={i}>
                <code>{formatProblem(problem)}</code>
              </li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p>…and {problems.length - MAX_LISTED} more. Run <code>npm run check:data</code> for the full list.</p>}
        </>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Try again'}
      </button>
    </section>
  );
}
