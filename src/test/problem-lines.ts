import type { DatasetProblem } from '../domain/verify/problems';
import { createI18n } from '../i18n/i18n';
import { formatProblem } from '../i18n/problem-messages';

const i18n = createI18n();

/** Problems as the English lines `check:data` prints (`path: message`), for tests of layers below i18n. */
export function problemLines(problems: readonly DatasetProblem[]): string[] {
  return problems.map((problem) => formatProblem(problem, i18n));
}
