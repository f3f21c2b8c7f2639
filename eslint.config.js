// @ts-check
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The layers of src/, checked by where an import resolves to, not by how its text is spelled
 * (see docs/architecture.md). Each layer lists the other layers it may import; everything else
 * in src/ is forbidden to it. A new folder in src/ must be given a place here before lint passes.
 */
const mayImport = {
  app: ['features', 'ui', 'state', 'storage', 'exchange', 'i18n', 'domain'],
  features: ['ui', 'state', 'storage', 'exchange', 'i18n', 'domain'],
  ui: ['i18n', 'domain'],
  state: ['i18n', 'domain'],
  storage: ['domain'],
  exchange: ['domain', 'data'],
  i18n: ['domain'],
  domain: [],
  data: [],
};

/** The only packages pure logic may use: schemas and the maths of the box. */
const domainPackages = ['zod', 'd3-*'];

const root = import.meta.dirname;
const foldersIn = (/** @type {string} */ dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const layers = foldersIn('src');
const unplaced = layers.filter((layer) => !(layer in mayImport));
if (unplaced.length > 0) {
  throw new Error(`eslint.config.js: give src/${unplaced.join(', src/')} a layer in mayImport.`);
}

const layerZones = layers.flatMap((layer) => {
  const forbidden = layers.filter((other) => other !== layer && !mayImport[layer].includes(other));
  return forbidden.length === 0
    ? []
    : [
        {
          target: `src/${layer}`,
          from: forbidden.map((other) => `src/${other}`),
          message:
            mayImport[layer].length > 0
              ? `src/${layer} may import only ${mayImport[layer].join(', ')} of src/ (see docs/architecture.md).`
              : `src/${layer} imports nothing else of src/ (see docs/architecture.md).`,
        },
      ];
});

// One zone per feature: it may import its own folder and nothing else under features/.
const featureZones = foldersIn('src/features').map((feature) => ({
  target: `src/features/${feature}`,
  from: 'src/features',
  except: [`./${feature}`],
  message: 'A feature must not import another feature; move what they share down a layer.',
}));

const domainPackageZone = {
  target: 'src/domain',
  // Absolute globs: a package may resolve outside this folder (a linked or hoisted install).
  from: ['/**/node_modules/**'],
  except: domainPackages.map((name) => `/**/node_modules/${name}/**`),
  message:
    'domain/ is pure: the only packages it may import are zod and the d3 modules (d3-array, d3-shape …).',
};

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
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...layerZones, ...featureZones, domainPackageZone] },
      ],
      // A cycle makes load order matter and usually means a layer is in the wrong place.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // src/ runs in the browser.
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import d3 per module (d3-shape, d3-array …), not the whole of d3.' },
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
