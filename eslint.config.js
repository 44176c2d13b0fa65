import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and what each may import (docs/architecture.md draws them). Checked on the
 * resolved path of every import, so a nested folder or a `../../` cannot slip past a rule.
 */
const LAYERS = {
  domain: ['domain'],
  data: ['domain', 'data'],
  i18n: ['domain', 'i18n'],
  routing: ['domain', 'data', 'routing'],
  styles: ['styles'],
  ui: ['domain', 'i18n', 'styles', 'ui'],
  entities: ['domain', 'data', 'i18n', 'routing', 'styles', 'ui', 'entities'],
};
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The zones for source files; tests may also use the shared fixtures and helpers in src/test. */
const zonesFor = (extra) => [
  ...Object.entries(LAYERS).map(([layer, allowed]) => ({
    target: `./src/${layer}`,
    from: './src',
    except: [...allowed.map((name) => `./${name}`), ...extra],
    message: `src/${layer} may import only from ${allowed.map((name) => `src/${name}`).join(', ')} (see docs/architecture.md).`,
  })),
  // A feature uses the layers below it and its own folder, never another feature or the app.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src',
    except: ['./domain', './data', './i18n', './routing', './styles', './ui', './entities', `./features/${feature}`, ...extra],
    message: 'A feature may import the layers below it and its own files, not another feature or src/app (see docs/architecture.md).',
  })),
];

export default tseslint.config(
  { ignores: ['src/i18n/catalogs/*.ts', 'dist', 'dist-*', 'bench/.dist', 'bench/.dist-ssr', 'bench/.data', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Dataset text is always rendered as React children, never as HTML.
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as React children, never as HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Do not write HTML strings into the DOM.' },
      ],
    },
  },
  {
    // The layer boundaries, and no import cycles.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zonesFor([]) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests keep to their layer too, but may use the shared fixtures and helpers in src/test.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/**/__fixtures__/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zonesFor(['./test']) }] },
  },
  {
    // The domain layer is pure TypeScript: no React, no DOM, no router.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'src/domain stays free of React and the router.' }] },
      ],
    },
  },
);
