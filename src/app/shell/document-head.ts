/**
 * Keeps the document's head in step with what the app shows after it has taken over: the tab title
 * and the canonical link, which a browser's share sheet (Chrome on Android, Safari) shares instead
 * of the address bar. The prerendered page wrote both for the page it was; these follow the reader.
 */

/**
 * Points `<link rel="canonical">` at `path` (e.g. "/events/hanoi-summit"), or removes it for null (a
 * not-found page has no canonical address). A canonical the build made absolute
 * (SOURCELINE_SITE_URL) keeps its site; a root-relative one stays root-relative.
 */
export function setCanonicalPath(path: string | null, doc: Document = document): void {
  let link = doc.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  if (path === null) {
    link?.remove();
    return;
  }
  if (!link) {
    link = doc.createElement('link');
    link.rel = 'canonical';
    doc.head.append(link);
  }
  const current = link.getAttribute('href') ?? '';
  link.setAttribute('href', /^https?:\/\//i.test(current) ? new URL(path, current).href : path);
}
