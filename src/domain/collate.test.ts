import { describe, expect, it } from 'vitest';
import { compareText, formatCount } from './collate';

describe('compareText', () => {
  it('orders names as an English reader expects, accents and case aside', () => {
    expect(['Zhou', 'émile', 'Émile', 'Abe', 'kim'].sort(compareText)).toEqual(['Abe', 'émile', 'Émile', 'kim', 'Zhou']);
  });
});

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect([7, 1000, 100000, 1234567].map(formatCount)).toEqual(['7', '1,000', '100,000', '1,234,567']);
  });
});
