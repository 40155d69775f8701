import { buildASTSchema, isObjectType, parse } from 'graphql';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/schema';

/** A root field without a resolver would answer null forever; the typecheck cannot see it. */
describe('resolvers', () => {
  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));

  it('resolve every root query field', () => {
    const queryType = schema.getQueryType();
    const fields = Object.keys(queryType?.getFields() ?? {});
    const missing = fields.filter((field) => !(field in ((resolvers.Query as object) ?? {})));
    expect(missing).toEqual([]);
  });

  it('resolve every field whose name is not a stored property of entity records', () => {
    // Relation fields (lists and connections with arguments) cannot come from the record itself.
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query') continue;
      const typeResolvers = (resolvers as Record<string, Record<string, unknown> | undefined>)[type.name] ?? {};
      for (const field of Object.values(type.getFields())) {
        if (field.args.length > 0 && !(field.name in typeResolvers)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
