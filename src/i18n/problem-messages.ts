import type { DatasetProblem } from '../domain/verify/problems';
import type { I18n } from './i18n';

/** One problem as a sentence, without its path. */
export function problemMessage(problem: DatasetProblem, { t }: Pick<I18n, 't'>): string {
  switch (problem.code) {
    case 'schema':
      return problem.message;
    case 'file-empty':
      return t('problem.file-empty');
    case 'file-is-html':
      return t('problem.file-is-html');
    case 'file-not-json':
      return t('problem.file-not-json', { reason: problem.reason });
    case 'unsupported-version':
      return t('problem.unsupported-version', { version: problem.version, newest: problem.newest });
    case 'duplicate-id':
      return t('problem.duplicate-id', { id: problem.id, earlier: problem.earlier });
    case 'unknown-reference':
      return t('problem.unknown-reference', { kind: problem.kind, id: problem.id });
    case 'self-affiliation':
      return t('problem.self-affiliation');
    case 'self-relation':
      return t('problem.self-relation');
    case 'not-a-date':
      return t('problem.not-a-date', { value: problem.value });
    case 'precision-mismatch':
      return t('problem.precision-mismatch', { value: problem.value, precision: problem.precision });
    case 'ends-before-start':
      return t('problem.ends-before-start', { start: problem.start, end: problem.end });
    case 'passage-ambiguous':
      return t('problem.passage-ambiguous', { source: problem.source, count: problem.count });
    case 'passage-context':
      return t('problem.passage-context', { source: problem.source });
    case 'passage-not-verbatim': {
      const { mismatch } = problem;
      const why =
        mismatch.kind === 'quote-marks'
          ? t('problem.mismatch-quote-marks')
          : mismatch.kind === 'absent'
            ? t('problem.mismatch-absent')
            : t('problem.mismatch-diverges', {
                agreed: mismatch.agreed,
                sourceNext: JSON.stringify(mismatch.sourceNext),
                datasetNext: JSON.stringify(mismatch.datasetNext),
              });
      return t('problem.passage-not-verbatim', { source: problem.source, why });
    }
  }
}

/** `path: message`, or the message alone for a problem with the whole file. */
export function formatProblem(problem: DatasetProblem, i18n: Pick<I18n, 't'>): string {
  const message = problemMessage(problem, i18n);
  return problem.path ? `${problem.path}: ${message}` : message;
}
