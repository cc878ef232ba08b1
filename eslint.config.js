import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.cache/', 'test-results/', 'dist/', 'dist.tmp-*/', 'dist.old-*/', 'src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // A module's index.ts is its only door: another module, the API, the importer, the CLI and the web
  // layer import from it, never from its files; tables are reached through src/db/schema.ts.
  ...boundaries(),
);

/** One no-restricted-imports rule per folder depth, so each relative path to another module's internals is caught. */
function boundaries() {
  const message = 'Import another module through its index.ts (and tables through src/db/schema.ts), not its internal files.';
  const rule = (up) => ({
    patterns: [{ group: [`${up}modules/*/**`, `!${up}modules/*/index.ts`], message }],
  });
  const siblings = (up) => ({
    patterns: [{ group: [`${up}*/**`, `!${up}*/index.ts`, `!${up}../**`], message }],
  });
  return [
    // Table files reference other modules' tables for their foreign keys: the schema is one graph.
    { files: ['src/modules/*/*.ts'], ignores: ['src/modules/*/*.table.ts'], rules: { 'no-restricted-imports': ['error', siblings('../')] } },
    { files: ['src/modules/*/*/*.ts'], rules: { 'no-restricted-imports': ['error', siblings('../../')] } },
    { files: ['src/modules/*/*/*/*.ts'], rules: { 'no-restricted-imports': ['error', siblings('../../../')] } },
    { files: ['src/*.ts'], rules: { 'no-restricted-imports': ['error', rule('./')] } },
    { files: ['src/*/*.ts'], ignores: ['src/db/schema.ts'], rules: { 'no-restricted-imports': ['error', rule('../')] } },
    { files: ['src/*/*/*.ts'], ignores: ['src/modules/**'], rules: { 'no-restricted-imports': ['error', rule('../../')] } },
    { files: ['src/*/*/*/*.ts'], ignores: ['src/modules/**'], rules: { 'no-restricted-imports': ['error', rule('../../../')] } },
    { files: ['test/*.ts', 'bench/*.ts', 'e2e/*.ts'], rules: { 'no-restricted-imports': ['error', rule('../src/')] } },
    { files: ['e2e/*/*.ts'], rules: { 'no-restricted-imports': ['error', rule('../../src/')] } },
  ];
}
