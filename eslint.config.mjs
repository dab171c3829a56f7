import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '!jest.config.js',
      '!scripts/**/*.mjs',
      '!bench/**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    // Library code never talks to the runner directly: it takes a Logger.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/runtime/core.ts', 'shared/src/runtime/run.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              message: 'Library code takes a Logger; only runtime/core.ts talks to @actions/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // Functions stay short enough to read whole. Blank lines and comments do not count: they cost the
    // reader nothing. Test files are exempt: a describe/test callback is a table of cases, long by nature. The
    // fakes and helpers beside them are code like any other.
    files: [
      'shared/src/**/*.ts',
      'actions/*/src/**/*.ts',
      'scripts/**/*.ts',
      'scripts/**/*.mjs',
      'scripts/**/*.cjs',
      'bench/**/*.ts',
      'bench/**/*.mjs',
      'test/**/*.ts',
      'shared/test/**/*.ts',
      'actions/*/test/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
  },
);
