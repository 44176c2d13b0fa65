import type { ErrorComponentProps } from '@tanstack/react-router';

const HOME = import.meta.env.BASE_URL;

/** Last line of defence for an error no part contained: say so, and offer a way on. */
export function PageError({ error, reset }: ErrorComponentProps) {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>Sourceline</h1>
      <section className="error-screen" role="alert" aria-labelledby="page-error-title">
        <h2 id="page-error-title">This page could not be shown</h2>
        <p>
          What happened: <code>{error instanceof Error ? error.message : String(error)}</code>
        </p>
        <p>
          <button type="button" className="button" onClick={reset}>
            Try again
          </button>{' '}
          <a href={HOME}>Go to the timeline</a>
        </p>
      </section>
    </main>
  );
}
