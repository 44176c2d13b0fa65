import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chunkWithImports, contentSecurityPolicy, inlineStylesheet, styleHash } from './build-html';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><div id="root"></div></body></html>`;

describe('inlineStylesheet', () => {
  it('replaces the stylesheet link with a <style> holding the CSS, and hashes exactly that text', () => {
    const css = ':root{color:#111}.a::before{content:"$&"}';
    const { html, hash } = inlineStylesheet(
      page('<link rel="stylesheet" crossorigin href="/timeline/assets/style-x1.css"><link rel="icon" href="/favicon.svg">'),
      '/timeline/assets/style-x1.css',
      css,
    );
    // "$&" stays as written: the CSS is not read as a replacement pattern.
    expect(html).toContain(`<style>${css}</style><link rel="icon" href="/favicon.svg">`);
    expect(html).not.toContain('rel="stylesheet"');
    expect(hash).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
  });

  it('leaves other stylesheets alone', () => {
    const { html } = inlineStylesheet(
      page('<link rel="stylesheet" href="/assets/a.css"><link rel="stylesheet" href="/assets/b.css">'),
      '/assets/b.css',
      'b{}',
    );
    expect(html).toContain('<link rel="stylesheet" href="/assets/a.css"><style>b{}</style>');
  });

  it('refuses a page without that link, and CSS that would close the element early', () => {
    expect(() => inlineStylesheet(page(''), '/assets/a.css', 'a{}')).toThrow('index.html has no <link rel="stylesheet" href="/assets/a.css"> to inline');
    expect(() => inlineStylesheet(page('<link rel="stylesheet" href="/assets/a.css">'), '/assets/a.css', 'a{}</STYLE><script>')).toThrow(
      '/assets/a.css contains "</style" and cannot be inlined',
    );
  });
});

describe('contentSecurityPolicy', () => {
  it('allows inline styles only by hash, and never inline script', () => {
    const policy = contentSecurityPolicy([styleHash('a{}')]);
    expect(policy).toContain(`style-src 'self' '${styleHash('a{}')}'`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy()).toContain("style-src 'self';");
  });
});

describe('chunkWithImports', () => {
  it('lists a chunk and everything it imports, each once, even through a cycle', () => {
    const imports: Record<string, string[]> = { 'boot.js': ['react.js', 'util.js'], 'react.js': ['util.js'], 'util.js': ['boot.js'] };
    expect(chunkWithImports('boot.js', (file) => imports[file])).toEqual(['boot.js', 'react.js', 'util.js']);
  });
});
