// @ts-check
import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserApis = {
  patterns: [
    { group: ['wxt/browser', 'webextension-polyfill', '@wxt-dev/storage', 'wxt/*'], message: 'Only entrypoints/ and lib/settings|messaging storage code may touch extension APIs.' },
  ],
};
const domGlobals = ['document', 'window', 'Node', 'Range', 'Element', 'HTMLElement', 'navigator', 'location', 'CSS', 'chrome', 'browser'].map(
  (name) => ({ name, message: 'Pure code: no DOM or browser globals here (see STYLE.md, layers by runtime).' }),
);

const ROOT = import.meta.dirname;

/** Timers that outlive the content script (or poll in an extension page): none in entrypoints/. */
const RAW_TIMERS = ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback'];
const TIMER_MESSAGE = 'No raw timers in entrypoints/: the content script uses ctx timers (entrypoints/content/timers.ts), which stop with it; extension pages react to events.';

/**
 * Layers by direction: which folders a layer may import from (`allow`: nothing else; `deny`: anything
 * but these). Paths are the repository's, a trailing "/" a whole folder; `packages` lists the packages
 * an `allow` layer may use. Proven by test/unit/lint/layers.test.ts, one probe per rule.
 */
const LAYERS = [
  {
    name: 'detect',
    files: 'lib/detect/',
    allow: ['lib/detect/', 'lib/lang/', 'lib/frame', 'lib/rules', 'lib/categories', 'data/world/'],
    packages: ['zod'],
    message: 'lib/detect imports only its own folder, the shared frame types, lib/rules.ts, lib/categories.ts, the language pack and data/world.',
  },
  {
    name: 'context',
    files: 'lib/context/',
    deny: ['lib/page/', 'lib/settings/storage', 'lib/messaging/', 'entrypoints/', 'components/', 'wxt', '@wxt-dev/', 'webextension-polyfill', 'preact', '@floating-ui/'],
    message: 'lib/context is pure: no DOM, storage, messaging or UI code.',
  },
  {
    name: 'components',
    files: 'components/',
    deny: ['entrypoints/', 'data/', 'lib/dataset', 'virtual:ice-dataset', 'lib/settings/storage', 'lib/messaging', 'wxt', '@wxt-dev/', 'webextension-polyfill'],
    typesAllowed: true,
    message: 'components/ are views: no entrypoint code, no dataset bundle (a view model comes in), no storage or messaging.',
  },
];

/**
 * Whether an import falls under a zone entry: a folder ("lib/page/") holds everything in it; a file
 * ("lib/rules") is that file whatever its extension, or that folder's index; a package ("wxt") holds
 * its subpaths ("wxt/browser"). Repository paths are resolved from the importing file.
 */
function under(path, entry, isPackage) {
  if (entry.endsWith('/')) return path.startsWith(entry) || path === entry.slice(0, -1);
  if (isPackage) return path === entry || path.startsWith(`${entry}/`);
  return path === entry || /^\.[a-z]+$/.test(path.slice(entry.length)) || path === `${entry}/index`;
}

/** The ESLint rule enforcing LAYERS on imports, re-exports and dynamic imports. */
const layersRule = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{message}} ("{{spec}}")' } },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    const layer = LAYERS.find((l) => file.startsWith(l.files));
    if (!layer) return {};
    const check = (node, spec, typeOnly) => {
      if (typeof spec !== 'string' || (typeOnly && layer.typesAllowed)) return;
      const relativeSpec = spec.startsWith('.');
      const path = relativeSpec ? relative(ROOT, resolve(dirname(context.filename), spec)).split('\\').join('/') : spec;
      const bad = layer.allow
        ? relativeSpec
          ? !layer.allow.some((a) => under(path, a, false))
          : !layer.packages.some((p) => under(path, p, true))
        : layer.deny.some((d) => under(path, d, !relativeSpec));
      if (bad) context.report({ node, messageId: 'layer', data: { message: layer.message, spec } });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value, n.importKind === 'type'),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value, n.exportKind === 'type'),
      ExportAllDeclaration: (n) => check(n, n.source.value, n.exportKind === 'type'),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value, false),
    };
  },
};

export default tseslint.config(
  { ignores: ['**/.output/**', '.wxt/**', 'node_modules/**', 'test-output/**', 'bench/results*', 'coverage/**', '.bench/**', '.notes/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Layers by direction (LAYERS above).
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}'],
    plugins: { ice: { rules: { layers: layersRule } } },
    rules: { 'ice/layers': 'error' },
  },
  // Layers by runtime: pure logic knows nothing of the browser.
  {
    files: ['lib/detect/**', 'lib/context/**', 'lib/dataset/**'],
    rules: {
      'no-restricted-imports': ['error', { ...browserApis, patterns: [...browserApis.patterns, { group: ['**/page/*', '**/page'], message: 'Pure code may not import DOM code.' }] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['lib/page/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', browserApis] },
  },
  {
    // No raw timers in what the browser loads: the content script's are WXT's ctx timers, which stop
    // when the extension goes away (entrypoints/content/timers.ts); extension pages react to events
    // instead of polling. Proven by test/unit/lint/timers.test.ts.
    files: ['entrypoints/**'],
    rules: {
      'no-restricted-globals': ['error', ...RAW_TIMERS.map((name) => ({ name, message: TIMER_MESSAGE }))],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) => RAW_TIMERS.map((property) => ({ object, property, message: TIMER_MESSAGE }))),
      ],
    },
  },
  {
    // Components render: no innerHTML of anything.
    files: ['components/**', 'entrypoints/**'],
    rules: { 'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert HTML.' }, { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never insert HTML.' }] },
  },
);
