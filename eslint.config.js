import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'bench/.dist', 'bench/.dist-ssr', 'bench/.data', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
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
    // The domain layer is pure TypeScript: no React, no DOM, no router.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'src/domain stays free of React and the router.' }] },
      ],
    },
  },
  {
    // A feature does not reach into another feature's internals.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // '../x/…' from inside a feature is a sibling feature; '../../…' leaves the features folder.
              group: ['../*/**', '!../../**', '../../app/*', '../../features/*'],
              message: 'Features depend on domain, data and ui, not on app or each other.',
            },
          ],
        },
      ],
    },
  },
);
