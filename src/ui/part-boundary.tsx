import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';

interface Props {
  /** The part, in the reader's words: "timeline", "event reader". */
  name: string;
  children: ReactNode;
  /** When any of these change (another event, other filters), try rendering the part again. */
  resetKeys?: unknown[];
}

function PartError({ error, resetErrorBoundary, name }: FallbackProps & { name: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="part-error" role="alert">
      <p>
        <strong>The {name} could not be shown.</strong> The rest of the page still works.
      </p>
      <p className="muted">
        What happened: <code>{message}</code>
      </p>
      <button type="button" className="button" onClick={resetErrorBoundary}>
        Reset the {name}
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
      onError={(error) => console.warn(`Sourceline: the ${name} failed to render`, error)}
    >
      {children}
    </ErrorBoundary>
  );
}
