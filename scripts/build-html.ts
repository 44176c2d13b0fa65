/**
 * What the production build does to index.html (and so to every prerendered page made from it):
 *
 * - the entry stylesheet goes inline, so the prerendered page paints without waiting for a CSS
 *   request (4 kB gzip, and every first visit is a cold one: the deep links people share);
 * - the app's code, which the entry imports only after that first paint, is preloaded from the
 *   HTML so it downloads while the page is being read;
 * - the bundled dataset is preloaded for the same reason;
 * - a Content-Security-Policy allows exactly that inline stylesheet, by hash, and no other inline
 *   style or script.
 *
 * The functions here are pure; `vite.config.ts` wires them into Vite's `transformIndexHtml`.
 */
import { createHash } from 'node:crypto';

/** The CSP of the built pages; `styleHashes` are the `sha256-…` sources of inline stylesheets. */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP hash source of an inline `<style>` element's text. */
export function styleHash(css: string): string {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/**
 * Replaces `<link rel="stylesheet" … href="<href>">` with the stylesheet's text in a `<style>`
 * element. Returns the new HTML and the hash of what was inlined. Throws if the link is not there
 * or the CSS could end the element early, rather than build a page that silently lost its styles.
 */
export function inlineStylesheet(html: string, href: string, css: string): { html: string; hash: string } {
  const link = new RegExp(`<link rel="stylesheet"[^>]*\\shref="${escapeRegExp(href)}"[^>]*>`);
  if (!link.test(html)) throw new Error(`index.html has no <link rel="stylesheet" href="${href}"> to inline`);
  if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style" and cannot be inlined`);
  // A replacer function, so "$&" and the like in the CSS are not read as replacement patterns.
  return { html: html.replace(link, () => `<style>${css}</style>`), hash: styleHash(css) };
}

/** The chunk files a dynamically imported chunk needs, itself first: what to modulepreload. */
export function chunkWithImports(
  fileName: string,
  importsOf: (fileName: string) => readonly string[] | undefined,
): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of importsOf(file) ?? []) visit(imported);
  };
  visit(fileName);
  return [...seen];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
