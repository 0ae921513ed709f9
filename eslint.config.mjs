// One lint configuration for the library, its tests, examples and benchmarks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['bundle/', 'dist/', 'node_modules/', 'spec/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed parameters and variables are deliberately unused (signatures kept for callers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // The library must not print: every failure reaches the app through a return value, an error or a hook.
    files: ['lib/**/*.ts'],
    // Command lines print by nature.
    ignores: ['lib/sandbox/cli.ts', 'lib/sandbox/cli-app.ts', 'lib/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // Tests and benchmarks poke at untyped wire data and load packages (the official client) the CommonJS way.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
  },
);
