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

/** Path scenarios on the synthetic graph (npm run gen:synthetic), each beside its own Cypher run bare. */
export function syntheticScenarios(): Scenario[] {
  const asOf = '2000-01-01';
  const via = ['MILITARY_ALLIANCE', 'DEFENSE_TREATY'];
  // Six regions apart: three alliance links, six hops.
  const pair = { from: 'syn-state-1', to: 'syn-state-60' };
  const date = toNeo4jDate(asOf);
  return [
    {
      name: 'synthetic-shortest-path',
      query: operation('shortest-path'),
      variables: { ...pair, asOf },
      baseline: cypher('path/shortest'),
      baselineParams: { ...pair, asOf: date, via, maxHops: neo4j.int(8) },
      targetRatio: 1.1,
    },
    {
      name: 'synthetic-neighbourhood-2-hops',
      query: operation('neighbourhood'),
      variables: { id: pair.from, asOf, hops: 2, first: 100 },
      baseline: cypher('path/neighbourhood'),
      baselineParams: { id: pair.from, asOf: date, via, hops: neo4j.int(2), limit: neo4j.int(101) },
      targetRatio: 1.1,
    },
    {
      name: 'synthetic-paths-4-hops',
      query: operation('paths'),
      variables: { ...pair, asOf, maxHops: 4, first: 10 },
      baseline: cypher('path/enumerate'),
      baselineParams: { ...pair, asOf: date, via, maxHops: neo4j.int(4), first: neo4j.int(10) },
      targetRatio: 1.1,
    },
  ];
}
