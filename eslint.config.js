// @ts-check
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
    // Components render: no innerHTML of anything.
    files: ['components/**', 'entrypoints/**'],
    rules: { 'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert HTML.' }, { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never insert HTML.' }] },
  },
);
