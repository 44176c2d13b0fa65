import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  it('is the same for the same text, and short', () => {
    expect(fingerprint('{"title":"A"}')).toBe(fingerprint('{"title":"A"}'));
    expect(fingerprint('x'.repeat(100_000))).toMatch(/^[0-9a-z]{1,11}$/);
  });

  it('changes when one character changes, curly quotes included', () => {
    expect(fingerprint('He said “yes”')).not.toBe(fingerprint('He said "yes"'));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (text, at, delta) => {
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + delta) % 0x10000) + text.slice(i + 1);
        expect(fingerprint(changed)).not.toBe(fingerprint(text));
      }),
    );
  });
});
