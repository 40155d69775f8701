import { buildASTSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { loadTypeDefs } from '../../../src/graphql/schema';
import { loadPlaygroundExamples } from '../../../src/http/playground';

describe('playground examples', () => {
  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
  const examples = loadPlaygroundExamples();

  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.name, e.query]))('%s is valid against the schema', (_name, query) => {
    expect(validate(schema, parse(query))).toEqual([]);
  });

  it.each(examples.map((e) => [e.name, e]))(
    '%s comes with every variable its operations require, of the right type',
    (_name, example) => {
      const operations = parse(example.query).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      for (const operation of operations) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], example.variables ?? {});
        expect(coerced.errors ?? []).toEqual([]);
      }
    },
  );

  it.each(examples.map((e) => [e.name, e]))('%s takes its values as variables, shown in the Variables pane', (_name, example) => {
    expect(example.variables).toBeDefined();
    const operations = parse(example.query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    for (const operation of operations) expect(operation.variableDefinitions?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.name, e.query]))(
    '%s has comment lines that fit the editor at 1280 pixels (54 characters)',
    (_name, query) => {
      const long = query.split('\n').filter((line) => line.trimStart().startsWith('#') && line.length > 54);
      expect(long).toEqual([]);
    },
  );

  it('opens with a tab that says what Entente is and what to try', () => {
    const intro = examples[0]?.query ?? '';
    expect(intro).toMatch(/^# Entente: a knowledge graph/);
    expect(intro).toMatch(/Variables pane/);
    expect(intro).toMatch(/Explorer/);
  });
});
