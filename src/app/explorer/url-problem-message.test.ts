import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { decodeDatasetSearch } from '../../routing/dataset-search';
import { decodeEventSearch } from '../../routing/event-search';
import { decodeExplorerSearch } from '../../routing/explorer-search';
import { parseSearch } from '../../routing/search-codec';
import type { UrlProblem } from '../../routing/url-problems';
import { urlProblemMessage } from './url-problem-message';

const i18n = createI18n();
const say = (problem: UrlProblem) => urlProblemMessage(problem, i18n);

describe('urlProblemMessage', () => {
  it('says in a sentence why garbage in the address was dropped', () => {
    const raw = parseSearch('actors=mike-pompeo,<script>&match=most&from=2019-02-30&to=2019-03-01&quote=Q!&data=https://evil.example/x.json');
    const problems = [...decodeExplorerSearch(raw).problems, ...decodeEventSearch(raw).problems, ...decodeDatasetSearch(raw).problems];
    expect(problems.map(say)).toEqual([
      'Ignored an actor that could not be read: “<script>”.',
      'The match mode “most” is not “any” or “all”, so events with any selected actor are shown.',
      'The visible range “2019-02-30 – 2019-03-01” is not two dates (YYYY-MM-DD), so the whole timeline is shown.',
      'The quote “Q!” in the link could not be read, so no quote is highlighted.',
      'The dataset “https://evil.example/x.json” is not a dataset file on this site, so the bundled dataset is shown.',
    ]);
  });

  it('words every problem as a sentence, in the plural where there are several', () => {
    const problems: UrlProblem[] = [
      { code: 'actors-unreadable', values: ['A', 'B'], count: 2 },
      { code: 'actors-too-many', max: 100 },
      { code: 'actors-unknown', ids: ['nobody'] },
      { code: 'actors-unknown', ids: ['nobody', 'nemo'] },
      { code: 'query-too-long', max: 200 },
      { code: 'range-incomplete' },
      { code: 'range-backwards' },
      { code: 'quote-not-in-event', id: 'q-1' },
    ];
    expect(problems.map(say)).toEqual([
      'Ignored actors that could not be read: “A” and “B”.',
      'Only the first 100 actors in the link are used.',
      'This timeline has no actor “nobody”, so the filter ignores it.',
      'This timeline has no actor “nobody” and “nemo”, so the filter ignores them.',
      'The search text was cut to its first 200 characters.',
      'The visible range needs both “from” and “to”, so the whole timeline is shown.',
      'The visible range ends before it starts, so the whole timeline is shown.',
      'The quote “q-1” in the link is not part of this event, so nothing is highlighted.',
    ]);
  });
});
