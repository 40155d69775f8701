import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isScalarType,
  parse,
} from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/schema';

/**
 * Every element of the schema a client sees in a docs pane or in generated types: each type, field,
 * argument, input field and enum value (introspection types aside). The list names the undocumented.
 */
export function undocumented(): string[] {
  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
  const missing: string[] = [];
  const need = (description: string | null | undefined, where: string) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)))
      continue;
    need(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) need(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
    } else if (isUnionType(type)) {
      // A union's members are documented as types.
    }
  }
  return missing;
}

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', () => {
    expect(undocumented()).toEqual([]);
  });
});
