/**
 * SHA-256 of a text's UTF-8 bytes, in hex, with the platform's own Web Crypto (browsers on a
 * secure origin, Node). Null where Web Crypto is not available (a page served over plain HTTP from
 * another host than localhost): whatever depends on it then takes the slow, safe path.
 */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const hash = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}
