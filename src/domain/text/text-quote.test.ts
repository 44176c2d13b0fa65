import { describe, expect, it } from 'vitest';
import { explainMismatch, resolveTextQuote } from './text-quote';

const TEXT = 'The minister said Tuesday talks went well. “We agree,” he said. “We agree,” she added.';

describe('resolveTextQuote', () => {
  it('finds a unique exact text, and uses prefix and suffix to pick one of several', () => {
    expect(resolveTextQuote(TEXT, { exact: 'talks went well' })).toEqual({ status: 'found', start: 26, end: 41 });
    expect(resolveTextQuote(TEXT, { exact: 'We agree,' })).toEqual({ status: 'ambiguous', count: 2 });
    const she = resolveTextQuote(TEXT, { exact: 'We agree,', suffix: '” she' });
    expect(she.status === 'found' && TEXT.slice(she.end, she.end + 5)).toBe('” she');
    expect(resolveTextQuote(TEXT, { exact: 'We agree,', prefix: 'said. “' })).toMatchObject({ status: 'found' });
  });

  it('compares character for character', () => {
    expect(resolveTextQuote(TEXT, { exact: 'the minister' })).toEqual({ status: 'not-found' });
    expect(resolveTextQuote(TEXT, { exact: '"We agree,"' })).toEqual({ status: 'not-found' });
  });
});

describe('explainMismatch', () => {
  it('says when only the quotation marks differ', () => {
    expect(explainMismatch(TEXT, '"We agree," he said')).toEqual({ kind: 'quote-marks' });
  });

  it('says when not even the first character occurs', () => {
    expect(explainMismatch(TEXT, 'Zebra')).toEqual({ kind: 'absent' });
  });

  it('gives the longest leading part that occurs, and what follows it on either side', () => {
    expect(explainMismatch(TEXT, 'The minister said Wednesday talks went well.')).toEqual({
      kind: 'diverges',
      agreed: 'The minister said ',
      sourceNext: 'Tuesday talk',
      datasetNext: 'Wednesday ta',
    });
  });

  it('keeps only the last 30 characters of a long agreed part', () => {
    expect(explainMismatch(TEXT, 'The minister said Tuesday talks went badly.')).toEqual({
      kind: 'diverges',
      agreed: 'ister said Tuesday talks went ',
      sourceNext: 'well. “We ag',
      datasetNext: 'badly.',
    });
  });
});
