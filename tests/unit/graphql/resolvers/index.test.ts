import { buildASTSchema, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { resolvers } from '../../../../src/graphql/resolvers';
import { loadTypeDefs } from '../../../../src/graphql/schema';
import { mapperProperties, resolverTypesConfig } from '../../../helpers/mapper-properties';

/**
 * A field whose type is mapped to a record (codegen.ts) is served by its resolver or else by the
 * record's property of the same name; with neither it answers null forever, and the typecheck
 * cannot see it. Types that are not mapped are built as their generated type, whose fields are
 * all required: the typecheck covers those.
 */
describe('resolvers', () => {
  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
  const resolversOf = (type: string): Record<string, unknown> =>
    (resolvers as Record<string, Record<string, unknown> | undefined>)[type] ?? {};
  const properties = mapperProperties();

  it('resolve every root field', () => {
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((type) => type !== null && type !== undefined);
    const missing = roots.flatMap((type) =>
      Object.keys(type.getFields())
        .filter((field) => !(field in resolversOf(type.name)))
        .map((field) => `${type.name}.${field}`),
    );
    expect(roots).toHaveLength(2);
    expect(missing).toEqual([]);
  });

  it('resolve every field of a mapped type that its record does not hold', () => {
    const missing = objectTypes
      .filter((type) => properties.has(type.name))
      .flatMap((type) =>
        Object.keys(type.getFields())
          .filter((field) => !(field in resolversOf(type.name)) && !properties.get(type.name)?.has(field))
          .map((field) => `${type.name}.${field}`),
      );
    expect(missing).toEqual([]);
  });

  it('map only types the schema has', () => {
    expect([...properties.keys()].filter((name) => !schema.getType(name))).toEqual([]);
    expect(resolverTypesConfig().avoidOptionals.field).toBe(true);
  });
});
