import { describe, expect, it } from 'vitest';
import { decodeEventSearch } from './event-search';

describe('decodeEventSearch', () => {
  it('reads the quote to highlight', () => {
    expect(decodeEventSearch({ quote: 'q-pompeo-full-implementation' })).toEqual({ search: { quote: 'q-pompeo-full-implementation' }, problems: [] });
    expect(decodeEventSearch({})).toEqual({ search: { quote: undefined }, problems: [] });
  });

  it('drops a quote that is not an id, and says so', () => {
    expect(decodeEventSearch({ quote: 'Q<1>' })).toEqual({ search: { quote: undefined }, problems: [{ code: 'quote-unreadable', value: 'Q<1>' }] });
    expect(decodeEventSearch({ quote: '' }).problems).toEqual([{ code: 'quote-unreadable', value: '' }]);
  });
});
