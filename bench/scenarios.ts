import { searchParams } from '../src/entity/search';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { cypher, type CypherStatement } from '../src/db/cypher';
import { toNeo4jDate } from '../src/dates';
import { fromRoot } from '../src/paths';
import { NORMALISERS, type Normaliser } from './answers';

/** A named GraphQL operation and the hand-written Cypher that answers the same question. */
export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same question to the peer (bench/peer/), where it can ask it. */
  peer?: { query: string; variables: Record<string, unknown> };
  baseline: CypherStatement;
  baselineParams: Record<string, unknown>;
  /** Brings the answers to one shape, checked equal before timing (bench/answers.ts). */
  normaliser?: Normaliser;
  /** Issue 9's target: Entente's p50 within this multiple of the bare-driver p50 (null: none set). */
  targetRatio: number | null;
}

const operation = (name: string): string => readFileSync(fromRoot('bench', 'operations', `${name}.graphql`), 'utf8');
const peerOperation = (name: string): string => readFileSync(fromRoot('bench', 'peer', 'operations', `${name}.graphql`), 'utf8');

/** Entente's operation, the peer's and the bare Cypher of one curated scenario, all named `name`. */
function curated(
  name: string,
  variables: Record<string, unknown>,
  baselineParams: Record<string, unknown>,
  targetRatio: number | null,
  peerVariables: Record<string, unknown> = variables,
): Scenario {
  const normaliser = NORMALISERS[name];
  if (!normaliser) throw new Error(`No normaliser for scenario ${name} in bench/answers.ts`);
  return {
    name,
    query: operation(name),
    variables,
    peer: { query: peerOperation(name), variables: peerVariables },
    baseline: cypher(`bench/${name}`),
    baselineParams,
    normaliser,
    targetRatio,
  };
}

/**
 * Entente's search turns text into a Lucene query (src/entity/search.ts, searchParams: each word as
 * written, as a prefix and with a typo; the whole text as a phrase in a name or an alias) and ranks
 * exact names, ids and aliases first. The peer and the bare Cypher are given the same query and
 * text, as @fulltext takes a query; the answer check catches any drift.
 */
const SEARCH_TEXT = 'united nations';
const { query: SEARCH_QUERY, exact: SEARCH_EXACT } = searchParams(SEARCH_TEXT, null, 10);

export function curatedScenarios(): Scenario[] {
  const asOf = '2024-06-01';
  const date = toNeo4jDate(asOf);
  const via = ['MILITARY_ALLIANCE', 'DEFENSE_TREATY'];
  return [
    curated('state-by-id', { id: 'EST' }, { id: 'EST' }, 1.25),
    curated('alliance-members-as-of', { id: 'nato', asOf, first: 50 }, { id: 'nato', asOf: date, first: neo4j.int(50) }, 1.25),
    curated('nested-three-levels', { id: 'nato', asOf, first: 50 }, { id: 'nato', asOf: date, first: neo4j.int(50) }, 1.5),
    curated(
      'nested-four-levels',
      { id: 'nato', asOf, first: 50, parties: 10 },
      { id: 'nato', asOf: date, first: neo4j.int(50), parties: neo4j.int(10) },
      1.5,
    ),
    // Issue 9 sets these three no target against bare Cypher, only against the peer.
    curated('alliances-member-counts', { first: 20 }, { first: neo4j.int(20) }, null),
    curated('allies-as-of', { id: 'EST', asOf }, { id: 'EST', asOf: date, via }, null),
    curated(
      'search',
      { text: SEARCH_TEXT, first: 10 },
      { query: SEARCH_QUERY, exact: SEARCH_EXACT, first: neo4j.int(10) },
      null,
      {
        query: SEARCH_QUERY,
        exact: SEARCH_EXACT,
        first: 10,
      },
    ),
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
