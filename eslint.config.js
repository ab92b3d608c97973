// Lint enforces the project's boundaries (see README "Code layout"):
// - src/engine and src/rules are pure TypeScript: no browser globals, no extension APIs,
//   no imports from the browser contexts. They run in Node, the worker and the content script.
// - src/rules is data: it imports nothing from src/engine (the engine imports the rules).
// - src/content, src/background and src/popup are separate browser contexts: none imports another.
//   What they share lives in src/shared (protocol, storage schema) or src/engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserGlobalsBannedInPureCode = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'DOMParser',
  'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'Node', 'Element',
].map((name) => ({ name, message: 'src/engine and src/rules are pure: pass data in instead of reading browser state.' }));

const contextImportBan = (own) => ({
  patterns: [
    ...['content', 'background', 'popup']
      .filter((ctx) => ctx !== own)
      .map((ctx) => ({ group: [`**/${ctx}/**`, `**/${ctx}`], message: `src/${own ?? 'engine'} must not import the ${ctx} context; share through src/shared or src/engine.` })),
  ],
});

const pureImportBan = {
  paths: [{ name: 'webextension-polyfill', message: 'The engine is pure: no extension APIs.' },
    { name: 'preact', message: 'The engine is pure: no UI.' }],
  patterns: [{ group: ['**/content/**', '**/background/**', '**/popup/**', '**/shared/**', 'node:*', 'fs', 'path'],
    message: 'src/engine and src/rules import only each other and pure libraries.' }],
};

const rulesImportBan = (engine) => ({
  paths: pureImportBan.paths,
  patterns: [...pureImportBan.patterns, { regex: engine, message: 'src/rules is data: it imports nothing from src/engine (put the list the rule needs in src/rules and derive the engine type from it).' }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'dist-cli/**', 'dist-packages/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/engine/**', 'src/rules/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...browserGlobalsBannedInPureCode],
      'no-restricted-imports': ['error', pureImportBan],
    },
  },
  // src/rules is data the engine reads: it imports nothing from src/engine (the types it needs
  // are derived from its own lists: labels.ts, facts/kinds.ts), so rules can be read, tested and
  // shipped without the engine.
  {
    files: ['src/rules/**'],
    rules: { 'no-restricted-imports': ['error', rulesImportBan('(^|/)engine(/|$)')] },
  },
  {
    files: ['src/content/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...contextImportBan('content').patterns,
          // The content script runs on every page: rules and classification stay in the worker,
          // which hands over what the page needs (glosses come with a request, page/get-glosses).
          { group: ['**/rules/**', '**/rules', '**/engine/classify/**', '**/engine/analyze*', '**/engine/questions/**'],
            message: 'The content script runs on every page and must stay small: ask the worker instead of importing rules or classification.' },
          // Its few extension calls go through src/content/browser-api.ts (the polyfill was 30 KB).
          { group: ['**/shared/messaging*'], message: 'The content script sends through ./browser-api.ts, without the polyfill.' },
        ],
        paths: [{ name: 'webextension-polyfill', message: 'The content script calls the extension API through ./browser-api.ts: the polyfill is 30 KB on every page.' }],
      }],
    },
  },
  { files: ['src/background/**'], languageOptions: { globals: { ...globals.serviceworker } }, rules: { 'no-restricted-imports': ['error', contextImportBan('background')] } },
  {
    files: ['src/popup/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...contextImportBan('popup').patterns,
          // Its extension calls go through src/popup/browser-api.ts (the polyfill was 29.5 KB
          // of the popup's start script).
          { group: ['**/shared/messaging*'], message: 'The popup sends through ./browser-api.ts, without the polyfill.' },
        ],
        paths: [{ name: 'webextension-polyfill', message: 'The popup calls the extension API through src/popup/browser-api.ts: the polyfill is 29.5 KB evaluated before the popup can read its tab.' }],
      }],
    },
  },
  {
    files: ['src/shared/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/content/**', '**/background/**', '**/popup/**'], message: 'src/shared is imported by the contexts, never the other way round.' }] }] },
  },
);
