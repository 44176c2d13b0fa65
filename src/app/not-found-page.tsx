import { Link } from '@tanstack/react-router';

/** Any path the site does not have. */
export function NotFoundPage() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>Page not found</h1>
      <section className="not-found" aria-label="Not found">
        <p>There is no page at this address. Event pages live at <code>/events/&lt;event-id&gt;</code>.</p>
        <p>
          <Link to="/" search={{}}>
            ← Go to the timeline
          </Link>
        </p>
      </section>
    </main>
  );
}
