/// <reference types="vitest/config" />
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkWithImports, contentSecurityPolicy, inlineStylesheet } from './scripts/build-html.ts';
import { DEFAULT_DATASET_PATH } from './src/data/load/dataset-path.ts';
import { constantsStylesheet } from './src/styles/shared-constants.ts';

// SOURCELINE_BASE publishes the site under a sub-path, e.g. SOURCELINE_BASE=/timeline/ npm run build.
// Always ends in "/", as Vite's own base does: "/timeline" and "/timeline/" build the same site.
const base = (process.env.SOURCELINE_BASE ?? '/').replace(/\/?$/, '/');
// SOURCELINE_DIST builds elsewhere than dist/ (lets several builds coexist on one machine).
const outDir = process.env.SOURCELINE_DIST ?? 'dist';

/**
 * The built pages' HTML (scripts/build-html.ts says why): the stylesheet inline, the app's
 * code and the bundled dataset preloaded, and a Content-Security-Policy with no inline or
 * evaluated script and no connection beyond the site's own origin. Only for builds: the dev server
 * injects inline scripts for hot reload. frame-ancestors cannot be set in a meta tag; see the
 * README for the headers a host should add.
 */
function builtPages(): Plugin {
  return {
    name: 'sourceline-built-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) throw new Error('sourceline-built-pages: no bundle to read the built files from');
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const app = chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith('/src/boot.tsx'));
        if (!app) throw new Error('sourceline-built-pages: the build has no chunk for src/boot.tsx');

        // One stylesheet for the whole app (build.cssCodeSplit is off), so the prerendered markup
        // is fully styled at its first paint, never restyled when a chunk's CSS arrives.
        const hashes: string[] = [];
        const hrefs = Array.from(html.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g), (match) => match[1] ?? '');
        for (const href of hrefs) {
          const asset = bundle[href.slice(base.length)];
          if (asset?.type !== 'asset') throw new Error(`sourceline-built-pages: ${href} is not in the bundle`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          const inlined = inlineStylesheet(html, href, css);
          html = inlined.html;
          hashes.push(inlined.hash);
        }
        if (hashes.length === 0) throw new Error('sourceline-built-pages: index.html links no stylesheet to inline');

        const preloaded = chunkWithImports(app.fileName, (file) => {
          const chunk = bundle[file];
          return chunk?.type === 'chunk' ? chunk.imports : undefined;
        }).filter((file) => !html.includes(`"${base}${file}"`));
        const tags: HtmlTagDescriptor[] = [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(hashes) }, injectTo: 'head-prepend' },
          ...preloaded.map(
            (file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: base + file }, injectTo: 'head' }),
          ),
          // Fetched as the app fetches it (same-origin credentials), so the app's request reuses it.
          { tag: 'link', attrs: { rel: 'preload', href: base + DEFAULT_DATASET_PATH, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
        ];
        return { html, tags };
      },
    },
  };
}

/** `virtual:sourceline-constants.css`: the values CSS and code share (src/styles/shared-constants.ts) as custom properties. */
function sharedConstants(): Plugin {
  const id = 'virtual:sourceline-constants.css';
  const resolved = `\0${id}`;
  return {
    name: 'sourceline-shared-constants',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? constantsStylesheet() : undefined),
  };
}

export default defineConfig({
  base,
  plugins: [react(), sharedConstants(), builtPages()],
  build: { target: 'es2022', sourcemap: true, outDir, cssCodeSplit: false },
  // The SSR bundle used by the prerender is self-contained, so it runs wherever it was built to.
  ssr: { noExternal: true },
  // `npm start` / `npm run preview`: PORT picks the port; when it is taken, the next free one is used (and printed).
  preview: { host: '127.0.0.1', port: Number(process.env.PORT) || 4173, strictPort: false },
  server: { host: '127.0.0.1' },
  test: {
    // The machine is shared and noisy; tests assert behaviour, never speed.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/data/**/*.test.ts', 'src/i18n/**/*.test.ts', 'src/routing/**/*.test.ts', 'src/app/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup-dom.ts'],
        },
      },
    ],
  },
});
