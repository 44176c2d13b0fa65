/** The <head> tags of a prerendered page: title, description, canonical, Open Graph, Twitter card. */
export interface PageMeta {
  title: string;
  description: string;
  /** Path below the base ("" for home, "events/x"); null for pages that have no canonical URL. */
  path: string | null;
  type: 'website' | 'article';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const MAX_DESCRIPTION = 300;

export function headTags(meta: PageMeta, where: { site: string | undefined; base: string }): string {
  const description = meta.description.length > MAX_DESCRIPTION ? `${meta.description.slice(0, MAX_DESCRIPTION - 1)}…` : meta.description;
  const relative = meta.path === null ? null : `${where.base}${meta.path}`;
  const absolute = relative && where.site ? `${where.site}${relative}` : null;
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    relative ? `<link rel="canonical" href="${escapeHtml(absolute ?? relative)}" />` : '',
    `<meta property="og:site_name" content="Sourceline" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    absolute ? `<meta property="og:url" content="${escapeHtml(absolute)}" />` : '',
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(description)}" />`,
  ];
  return tags.filter(Boolean).join('\n    ');
}
