import type { I18n } from '../../i18n/i18n';
import type { UrlProblem } from '../../routing/url-problems';

const quoted = (value: string) => `“${value}”`;

/** One thing in the address that could not be used, as a sentence for the reader. */
export function urlProblemMessage(problem: UrlProblem, { t, list }: Pick<I18n, 't' | 'list'>): string {
  switch (problem.code) {
    case 'actors-unreadable':
      return t('url.actors-unreadable', { count: problem.count, values: list(problem.values.map(quoted)) });
    case 'actors-too-many':
      return t('url.actors-too-many', { max: problem.max });
    case 'actors-unknown':
      return t('url.actors-unknown', { count: problem.ids.length, ids: list(problem.ids.map(quoted)) });
    case 'match-invalid':
      return t('url.match-invalid', { value: quoted(problem.value) });
    case 'query-too-long':
      return t('url.query-too-long', { max: problem.max });
    case 'range-incomplete':
      return t('url.range-incomplete');
    case 'range-invalid':
      return t('url.range-invalid', { value: quoted(`${problem.from} – ${problem.to}`) });
    case 'range-backwards':
      return t('url.range-backwards');
    case 'quote-unreadable':
      return t('url.quote-unreadable', { value: quoted(problem.value) });
    case 'quote-not-in-event':
      return t('url.quote-not-in-event', { value: quoted(problem.id) });
    case 'data-invalid':
      return t('url.data-invalid', { value: quoted(problem.value) });
  }
}
