// @ts-check
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/graphql/generated/',
      'explore/src/gql/',
      'coverage/',
      '.neo4j/',
      'src/http/playground/init.js',
    ],
  },
  ...tseslint.configs.recommended,
  {
    // Tests read GraphQL JSON responses whose shape the query itself states.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
