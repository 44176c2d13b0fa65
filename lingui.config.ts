import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-json';

/**
 * The message catalogues (see docs/architecture.md, "A new language"): hand-edited JSON, one file
 * per locale, `{ "id": "ICU message" }`, English the source. `npm run i18n:compile` turns them into
 * the TypeScript modules the app imports (no message parser at run time); `--strict` fails on a
 * message missing from any locale. No fallback locale, or a gap would be filled silently.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en'],
  catalogs: [{ path: '<rootDir>/src/i18n/catalogs/{locale}', include: ['<rootDir>/src'] }],
  format: formatter({ style: 'minimal' }),
  compileNamespace: 'ts',
});
