import { buildASTSchema, parse, validate } from 'graphql';
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
});
