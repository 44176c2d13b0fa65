import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { messages as compiledEn } from './catalogs/en';
import en from './catalogs/en.json';
import { createI18n } from './i18n';

/**
 * The JSON catalogues are what people edit; the app imports what `npm run i18n:compile` made of
 * them. These fail when the two have drifted apart, or when a message does not read as a sentence.
 */
describe('the English catalogue', () => {
  it('is compiled from its JSON, message for message (run npm run i18n:compile after editing it)', () => {
    expect(Object.keys(compiledEn).sort()).toEqual(Object.keys(en).sort());
    for (const [id, message] of Object.entries(en)) expect(compiledEn[id], id).toEqual(compileMessage(message));
  });

  it('formats every message without leftover ICU syntax', () => {
    const { t } = createI18n();
    for (const id of Object.keys(en) as (keyof typeof en)[]) {
      const text = t(id, { count: 2, shown: 2, kind: 'actor', mode: 'all', part: 'timeline', role: 'subject', place: 'Hanoi' });
      expect(text, id).not.toMatch(/[{}]|\bplural\b|\bselect\b/);
      expect(text.trim(), id).not.toBe('');
    }
  });
});
