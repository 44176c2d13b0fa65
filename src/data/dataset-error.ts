import type { DatasetProblem } from './check-dataset';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'invalid';

/** Why a dataset could not be shown; `problems` is filled for `invalid`. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly url: string;
  readonly problems: readonly DatasetProblem[];

  constructor(kind: DatasetErrorKind, url: string, message: string, problems: readonly DatasetProblem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.url = url;
    this.problems = problems;
  }

  /** Only a transport failure may go away by asking again; a broken file stays broken. */
  get retryable(): boolean {
    return this.kind !== 'invalid';
  }
}
