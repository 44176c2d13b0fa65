/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// SOURCELINE_BASE publishes the site under a sub-path, e.g. SOURCELINE_BASE=/timeline/ npm run build.
const base = process.env.SOURCELINE_BASE ?? '/';
// SOURCELINE_DIST builds elsewhere than dist/ (lets several builds coexist on one machine).
const outDir = process.env.SOURCELINE_DIST ?? 'dist';

/**
 * The built pages' Content-Security-Policy: no inline or evaluated script, no connection beyond the
 * site's own origin. Only for builds: the dev server injects inline scripts for hot reload.
 * frame-ancestors cannot be set in a meta tag; see the README for the headers a host should add.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sourceline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  base,
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: true, outDir },
  // The SSR bundle used by the prerender is self-contained, so it runs wherever it was built to.
  ssr: { noExternal: true },
  preview: { host: '127.0.0.1' },
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
          include: ['src/domain/**/*.test.ts', 'src/data/**/*.test.ts', 'src/app/**/*.test.ts', 'scripts/**/*.test.ts'],
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
