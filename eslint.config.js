// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Imports flow one way: app -> features -> (exchange, storage, state, ui) -> domain.
 * Each layer lists the layers it must not import; see docs/architecture.md.
 */
const layers = {
  domain: ['app', 'features', 'ui', 'state', 'storage', 'exchange', 'i18n'],
  i18n: ['app', 'features', 'ui', 'state', 'storage', 'exchange'],
  storage: ['app', 'features', 'ui', 'state', 'exchange', 'i18n'],
  exchange: ['app', 'features', 'ui', 'state', 'i18n'],
  state: ['app', 'features', 'ui', 'storage', 'exchange'],
  ui: ['app', 'features', 'state', 'storage', 'exchange'],
  features: ['app'],
};

const layerRules = Object.entries(layers).map(([layer, forbidden]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
            message: `src/${layer} must not import from a layer above it (see docs/architecture.md).`,
          },
          ...(layer === 'domain'
            ? [
                {
                  regex: '^(react|react-dom|dexie|zustand)(/|$)',
                  message: 'domain/ is pure: no React, Dexie or stores.',
                },
              ]
            : []),
          { regex: '^node:', message: 'src/ runs in the browser: no Node built-ins.' },
          { regex: '^d3$', message: 'Import d3 per module (d3-shape, d3-scale …), not the whole of d3.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Stored documents are plain JSON objects keyed by id; removing a key is how a field is cleared.
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  ...layerRules,
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      // A feature must not reach into another feature; shared code moves down a layer.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./\\.\\./(app)(/|$)', message: 'features/ must not import from app/.' },
            { regex: '^\\.\\./(?!\\.)[^/]+/', message: 'A feature must not import another feature.' },
            { regex: '^node:', message: 'src/ runs in the browser: no Node built-ins.' },
            { regex: '^d3$', message: 'Import d3 per module, not the whole of d3.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|todo)$/]',
          message: 'No focused or skipped tests: every test runs.',
        },
      ],
    },
  },
);
