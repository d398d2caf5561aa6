import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'bench/out/**', '__tests__/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core never touches the outside world: design.md §1.
    files: ['src/model/**', 'src/parsers/**', 'src/iam/**', 'src/requirements/**', 'src/checks/**', 'src/report/**', 'src/fixes/**', 'src/advice/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', '@aws-sdk/*', 'fs', 'node:fs', 'fs/*', 'node:fs/*', 'child_process', 'node:child_process'] },
      ],
    },
  },
  {
    // CommonJS shims (web-tree-sitter's ESM build does not survive ncc): require is their point.
    files: ['**/*.cjs', '**/*.d.cts'],
    languageOptions: { globals: { ...globals.node, ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
