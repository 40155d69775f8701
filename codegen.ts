import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema/ and point at what repositories return (mappers),
// not at the GraphQL types, so a resolver that forgets a field fails the typecheck.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../../context#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { Date: 'string', ID: 'string' },
        mappers: {
          State: '../../state/records#StateRecord',
          Source: '../../source/records#SourceRecord',
        },
      },
    },
  },
  hooks: {},
};

export default config;
