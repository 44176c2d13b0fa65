import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The baseline page: plain TypeScript and d3-scale, served at /baseline/ beside the app's build. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/baseline/',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.dist/baseline', import.meta.url)),
    emptyOutDir: true,
  },
});
