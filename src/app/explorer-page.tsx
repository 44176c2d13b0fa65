import { DatasetErrorScreen } from '../ui/dataset-error-screen';
import { LoadingScreen } from '../ui/loading-screen';
import { Explorer } from './explorer';
import { useExplorerData } from './use-explorer-data';

/** The dataset's loading and error states around the explorer itself. */
export function ExplorerPage() {
  const query = useExplorerData();
  if (query.isPending) {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <h1>Sourceline</h1>
        <LoadingScreen />
      </main>
    );
  }
  if (query.isError) {
    return (
      <main id="main" className="page" tabIndex={-1}>
        <h1>Sourceline</h1>
        <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </main>
    );
  }
  return <Explorer index={query.data} />;
}
