import type { DatasetProblem } from '../../domain/verify/problems';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'invalid';

/**
 * Why a dataset could not be shown, as values the error screen puts into words: the kind of
 * failure, the address, the server's status for `http`, every problem for `invalid`.
 */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  readonly problems: readonly DatasetProblem[];

  constructor(kind: DatasetErrorKind, url: string, details: { status?: number; problems?: readonly DatasetProblem[] } = {}) {
    super(`Sourceline could not load the dataset ${url} (${kind}${details.status ? ` ${details.status}` : ''})`);
    this.name = 'DatasetError';
    this.kind = kind;
    this.url = url;
    this.status = details.status;
    this.problems = details.problems ?? [];
  }

  /** Only a transport failure may go away by asking again; a broken file stays broken. */
  get retryable(): boolean {
    return this.kind !== 'invalid';
  }
}
