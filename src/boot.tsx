/** The app: routes, queries, and the first render over the (possibly prerendered) page. */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { datasetStoreQuery } from './app/shell/dataset-store-query';
import { createI18n } from './i18n/i18n';
import { decodeDatasetSearch } from './routing/dataset-search';
import { parseSearch } from './routing/search-codec';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();
// A prerendered page names the SHA-256 of the dataset the build checked and rendered it from.
const verifiedDigest = container.dataset['dataset'];
const router = createAppRouter(queryClient, { verifiedDigest });
const i18n = createI18n();

// A prerendered page is already readable. Render over it only once the route and its data are
// ready (the route loaders fetch the dataset), so the first client render shows the same content
// instead of a loading state in between. Only what the URL schema accepts: a garbage or
// cross-origin ?data= is never fetched.
await router.load();

/** The SHA-256 of the dataset as loaded (the prerender wrote that of the one it rendered), or null. */
function loadedDigest(): string | null {
  const data = decodeDatasetSearch(parseSearch(window.location.search)).search.data;
  const query = datasetStoreQuery({ basePath: import.meta.env.BASE_URL, verifiedDigest }, data);
  return queryClient.getQueryData(query.queryKey)?.digest ?? null;
}

const app = <App queryClient={queryClient} router={router} i18n={i18n} />;

// Markup prerendered for this very path, opened with no search parameters, is exactly what the app
// renders here: React adopts it as it is, without rebuilding the DOM or laying the page out again.
// Anything else (a filter, a search, a range, another dataset or another version of it, a dataset
// that failed to load, or the page a server sent for a path it does not have) shows something
// different, and the app renders afresh over it.
// `router.ssr` tells the router the page was rendered on a server, so it renders the same tree as
// there (no Suspense boundary around the routes).
const prerenderedAsIs =
  container.dataset['prerendered'] === window.location.pathname &&
  // Any query string, even one the app ignores, changes the page (a notice says what was ignored).
  new URLSearchParams(window.location.search).size === 0 &&
  loadedDigest() === verifiedDigest;
if (prerenderedAsIs) {
  router.ssr = { manifest: undefined };
  hydrateRoot(container, app);
} else {
  createRoot(container).render(app);
}
