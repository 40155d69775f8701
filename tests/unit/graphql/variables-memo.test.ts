import { parse, type OperationDefinitionNode } from 'graphql';
import { VariablesMemo } from '../../../src/graphql/variables-memo';
import type { QueryEstimate } from '../../../src/graphql/cost/estimate';

const operationOf = (text: string): OperationDefinitionNode => parse(text).definitions[0] as OperationDefinitionNode;
const estimateOf = (cost: number): QueryEstimate => ({ cost, depth: 1, aliases: 0, directives: 0, introspections: 0 });

describe('VariablesMemo', () => {
  it('works an operation out once for the same variables, and again for others', () => {
    const memo = new VariablesMemo<OperationDefinitionNode, QueryEstimate | undefined>();
    const operation = operationOf('query ($n: Int) { states(first: $n) { totalCount } }');
    const estimate = jest.fn((n: number) => estimateOf(n));
    expect(memo.of(operation, { n: 5 }, () => estimate(5))).toEqual(estimateOf(5));
    expect(memo.of(operation, { n: 5 }, () => estimate(5))).toEqual(estimateOf(5));
    expect(memo.of(operation, { n: 6 }, () => estimate(6))).toEqual(estimateOf(6));
    expect(estimate).toHaveBeenCalledTimes(2);
  });

  it('keeps estimates apart for two documents of the same text (each parse is its own operation)', () => {
    const memo = new VariablesMemo<OperationDefinitionNode, QueryEstimate | undefined>();
    const text = '{ states { totalCount } }';
    memo.of(operationOf(text), undefined, () => estimateOf(1));
    expect(memo.of(operationOf(text), undefined, () => estimateOf(2))).toEqual(estimateOf(2));
  });

  it('remembers an answer of undefined (variables execution will refuse)', () => {
    const memo = new VariablesMemo<OperationDefinitionNode, QueryEstimate | undefined>();
    const operation = operationOf('query ($n: Int!) { states(first: $n) { totalCount } }');
    const estimate = jest.fn(() => undefined);
    expect(memo.of(operation, { n: 'x' }, estimate)).toBeUndefined();
    expect(memo.of(operation, { n: 'x' }, estimate)).toBeUndefined();
    expect(estimate).toHaveBeenCalledTimes(1);
  });

  it('works long variables out every time and stays within its bound', () => {
    const memo = new VariablesMemo<OperationDefinitionNode, QueryEstimate>(2, 50);
    const operation = operationOf('query ($text: String!) { search(text: $text) { score } }');
    const estimate = jest.fn(() => estimateOf(3));
    const long = { text: 'x'.repeat(100) };
    memo.of(operation, long, estimate);
    memo.of(operation, long, estimate);
    expect(estimate).toHaveBeenCalledTimes(2);
    for (const text of ['a', 'b', 'c', 'd'])
      expect(memo.of(operation, { text }, () => estimateOf(text.charCodeAt(0)))).toEqual(estimateOf(text.charCodeAt(0)));
    // Past the bound the table starts again: 'a' is estimated anew, with whatever it is now worth.
    expect(memo.of(operation, { text: 'a' }, () => estimateOf(7))).toEqual(estimateOf(7));
  });
});
