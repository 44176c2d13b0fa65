import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from './digest';

afterEach(() => vi.unstubAllGlobals());

describe('sha256Hex', () => {
  it('gives the SHA-256 of the text’s UTF-8 bytes in lower-case hex', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Node’s hash for any text, curly quotes and emoji included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
    expect(await sha256Hex('He said “yes”')).not.toBe(await sha256Hex('He said "yes"'));
  });

  it('is null where Web Crypto is not available', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(await sha256Hex('abc')).toBeNull();
  });
});
