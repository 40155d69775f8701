import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { cypher, type CypherStatement } from '../src/db/cypher';
import { toNeo4jDate } from '../src/dates';
import { fromRoot } from '../src/paths';

/** A named GraphQL operation and the hand-written Cypher that answers the same question. */
export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  baseline: CypherStatement;
  baselineParams: Record<string, unknown>;
  /** The target: GraphQL p50 within this multiple of the bare-driver p50. */
  targetRatio: number;
}

const operation = (name: string): string => readFileSync(fromRoot('bench', 'operations', `${name}.graphql`), 'utf8');

export function curatedScenarios(): Scenario[] {
  const asOf = '2024-06-01';
  return [
    {
      name: 'state-by-id',
      query: operation('state-by-id'),
      variables: { id: 'EST' },
      baseline: cypher('bench/state-by-id'),
      baselineParams: { id: 'EST' },
      targetRatio: 1.25,
    },
    {
      name: 'alliance-members-as-of',
      query: operation('alliance-members-as-of'),
      variables: { id: 'nato', asOf, first: 50 },
      baseline: cypher('bench/alliance-members-as-of'),
      baselineParams: { id: 'nato', asOf: toNeo4jDate(asOf), first: neo4j.int(50) },
      targetRatio: 1.25,
    },
    {
      name: 'nested-three-levels',
      query: operation('nested-three-levels'),
      variables: { id: 'nato', asOf, first: 50 },
      baseline: cypher('bench/nested-three-levels'),
      baselineParams: { id: 'nato', asOf: toNeo4jDate(asOf), first: neo4j.int(50) },
      targetRatio: 1.3,
    },
  ];
}
