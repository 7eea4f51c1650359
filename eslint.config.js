// ESLint: typescript-eslint's recommended rules over the library, its specs, scripts and bench.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'compiled/', 'build/', 'docs/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        globalThis: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        Response: 'readonly',
        fetch: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The CLI escapes control characters, and specs plant them: matching them is the point.
      'no-control-regex': 'off',
    },
  },
  // The Node loader of fast-xml-parser is CommonJS on purpose: `require` keeps it lazy and synchronous.
  { files: ['**/*.cts'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['spec/fixtures/browser/**'], languageOptions: { globals: { location: 'readonly', document: 'readonly', window: 'readonly' } } },
);
