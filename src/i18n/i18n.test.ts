import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

const i18n = createI18n();

describe('createI18n (English)', () => {
  it('orders names as an English reader expects, accents and case aside', () => {
    expect(['Zhou', 'émile', 'Émile', 'Abe', 'kim'].sort(i18n.compare)).toEqual(['Abe', 'émile', 'Émile', 'kim', 'Zhou']);
  });

  it('groups thousands with commas', () => {
    expect([7, 1000, 100000, 1234567].map(i18n.count)).toEqual(['7', '1,000', '100,000', '1,234,567']);
  });

  it('writes large counts compactly for a small mark', () => {
    expect([7, 999, 12_345, 1_500_000].map(i18n.compact)).toEqual(['7', '999', '12k', '2m']);
  });

  it('joins a list with commas and "and"', () => {
    expect(i18n.list(['Kim', 'Trump', 'Moon'])).toBe('Kim, Trump and Moon');
    expect(i18n.list(['Kim'])).toBe('Kim');
  });

  it('fills in message values, plural forms included', () => {
    expect(i18n.t('problem.file-empty')).toBe('the dataset file is empty');
    expect(i18n.t('actors.events', { count: 1 })).toBe('1 event');
    expect(i18n.t('actors.events', { count: 4 })).toBe('4 events');
  });

  it('is English, left to right, with dates in the British order', () => {
    expect(i18n.locale).toMatchObject({ tag: 'en', formatLocale: 'en-GB', dir: 'ltr' });
  });
});
