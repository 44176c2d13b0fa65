import { Link } from '@tanstack/react-router';
import type { ExplorerSearchParams } from './search-params';

interface Props {
  problems: readonly string[];
  /** The same view without what could not be used. */
  tidy: (prev: ExplorerSearchParams) => ExplorerSearchParams;
}

/** Says, in plain sentences, what in the link could not be used, and offers a clean link. */
export function LinkNotice({ problems, tidy }: Props) {
  if (problems.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      <p>
        {problems.map((problem) => (
          <span key={problem}>{problem} </span>
        ))}
      </p>
      <Link to="." search={tidy} replace className="link-notice-fix">
        Tidy the address
      </Link>
    </div>
  );
}
