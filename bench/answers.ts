/**
 * Before a scenario is timed, Entente, the peer and the bare Cypher each answer it once; these pure
 * functions bring the three answers to one comparable shape (ids and the compared fields, in
 * order), and the bench stops with the first difference when they disagree: a faster wrong
 * answer is not a result. No imports: the unit tests run them without Neo4j.
 */

/** Turns each side's `data` (GraphQL) or rows (bare Cypher, as the baseline server sends them) into one shape. */
export interface Normaliser {
  entente(data: unknown): unknown;
  peer(data: unknown): unknown;
  bare(rows: unknown): unknown;
}

function field(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`expected an object with "${key}", got ${preview(value)}`);
  }
  return (value as Record<string, unknown>)[key];
}

/** value.a.b.c, with a clear error naming the missing step rather than a TypeError. */
const at = (value: unknown, ...keys: string[]): unknown => keys.reduce(field, value);

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected a list, got ${preview(value)}`);
  return value;
}

/** The named fields only, missing ones as null, so that absent and null compare equal. */
const pick = (value: unknown, ...keys: string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((key) => [key, field(value, key) ?? null]));

/** The one element of a list (a peer read by id is a list), or null. */
function single(value: unknown): unknown {
  const items = list(value);
  if (items.length > 1) throw new Error(`expected at most one item, got ${items.length}`);
  return items[0] ?? null;
}

const preview = (value: unknown): string => (JSON.stringify(value) ?? String(value)).slice(0, 200);

/** Lucene scores are floats computed twice from one index: equal to far more than six places. */
const score = (value: unknown): number => Math.round(Number(value) * 1e6) / 1e6;

// Members of an alliance as of a date, with their membership's dates and role.
const member = (node: unknown, edge: unknown) => ({ ...pick(node, 'id', 'name'), ...pick(edge, 'from', 'role') });

/**
 * One normaliser per scenario name. Every list keeps its order: the peer sorts by the same keys as
 * Entente (State by `name`, which orders the curated states as Entente's lower-case name does;
 * Alliance and Treaty by a lower-case `nameKey` @cypher field, as their names do not), so no
 * comparison here needs to ignore order.
 */
export const NORMALISERS: Record<string, Normaliser> = {
  'state-by-id': {
    entente: (data) => nullable(at(data, 'state'), (s) => pick(s, 'id', 'name', 'iso2', 'region')),
    peer: (data) => nullable(single(at(data, 'states')), (s) => pick(s, 'id', 'name', 'iso2', 'region')),
    bare: (rows) => nullable(single(rows), (row) => pick(at(row, 'state'), 'id', 'name', 'iso2', 'region')),
  },
  'alliance-members-as-of': {
    entente: (data) =>
      nullable(at(data, 'alliance'), (a) => ({
        name: at(a, 'name'),
        members: list(at(a, 'members', 'edges')).map((e) => member(at(e, 'node'), e)),
      })),
    peer: (data) =>
      nullable(single(at(data, 'alliances')), (a) => ({
        name: at(a, 'name'),
        members: list(at(a, 'membersConnection', 'edges')).map((e) => member(at(e, 'node'), at(e, 'properties'))),
      })),
    bare: (rows) =>
      nullable(single(rows), (row) => ({
        name: at(row, 'name'),
        members: list(at(row, 'members')).map((m) => member(m, m)),
      })),
  },
  'nested-three-levels': {
    entente: (data) =>
      ententeNested(data, (alliance) => ({ establishedBy: list(at(alliance, 'establishedBy')).map((t) => at(t, 'id')) })),
    peer: (data) =>
      peerNested(data, (alliance) => ({ establishedBy: list(at(alliance, 'establishedBy')).map((t) => at(t, 'id')) })),
    bare: (rows) => bareNested(rows, (membership) => ({ establishedBy: list(at(membership, 'establishedBy')) })),
  },
  'nested-four-levels': {
    entente: (data) =>
      ententeNested(data, (alliance) => ({
        establishedBy: list(at(alliance, 'establishedBy')).map((t) => ({
          id: at(t, 'id'),
          parties: list(at(t, 'parties', 'edges')).map((p) => at(p, 'node', 'id')),
        })),
      })),
    peer: (data) =>
      peerNested(data, (alliance) => ({
        establishedBy: list(at(alliance, 'establishedBy')).map((t) => ({
          id: at(t, 'id'),
          parties: list(at(t, 'partiesConnection', 'edges')).map((p) => at(p, 'node', 'id')),
        })),
      })),
    bare: (rows) =>
      bareNested(rows, (membership) => ({
        establishedBy: list(at(membership, 'establishedBy')).map((t) => ({ id: at(t, 'id'), parties: list(at(t, 'parties')) })),
      })),
  },
  'alliances-member-counts': {
    entente: (data) =>
      list(at(data, 'alliances', 'edges')).map((e) => ({
        ...pick(at(e, 'node'), 'id', 'name'),
        totalCount: at(e, 'node', 'members', 'totalCount'),
      })),
    peer: (data) =>
      list(at(data, 'alliancesConnection', 'edges')).map((e) => ({
        ...pick(at(e, 'node'), 'id', 'name'),
        totalCount: at(e, 'node', 'membersConnection', 'totalCount'),
      })),
    bare: (rows) => list(rows).map((row) => pick(row, 'id', 'name', 'totalCount')),
  },
  'allies-as-of': {
    entente: (data) => nullable(at(data, 'state'), (s) => list(at(s, 'allies')).map((a) => pick(a, 'id', 'name'))),
    peer: (data) => nullable(single(at(data, 'states')), (s) => list(at(s, 'allies')).map((a) => pick(a, 'id', 'name'))),
    bare: (rows) => list(rows).map((row) => pick(row, 'id', 'name')),
  },
  search: {
    entente: (data) =>
      list(at(data, 'search')).map((hit) => ({ ...pick(at(hit, 'entity'), 'id', 'name'), score: score(at(hit, 'score')) })),
    // The peer's hit is flat (see bench/peer/type-defs.graphql).
    peer: (data) => list(at(data, 'search')).map((hit) => ({ ...pick(hit, 'id', 'name'), score: score(at(hit, 'score')) })),
    bare: (rows) => list(rows).map((row) => ({ ...pick(row, 'id', 'name'), score: score(at(row, 'score')) })),
  },
};

function nullable<T>(value: unknown, map: (present: unknown) => T): T | null {
  return value === null || value === undefined ? null : map(value);
}

/** alliance → members → memberships → (whatever `below` reads from each membership's alliance). */
function ententeNested(data: unknown, below: (alliance: unknown) => Record<string, unknown>): unknown {
  return list(at(data, 'alliance', 'members', 'edges')).map((member) => ({
    id: at(member, 'node', 'id'),
    memberships: list(at(member, 'node', 'memberships', 'edges')).map((m) => ({
      id: at(m, 'node', 'id'),
      role: at(m, 'role'),
      ...below(at(m, 'node')),
    })),
  }));
}

function peerNested(data: unknown, below: (alliance: unknown) => Record<string, unknown>): unknown {
  return list(at(single(at(data, 'alliances')), 'membersConnection', 'edges')).map((member) => ({
    id: at(member, 'node', 'id'),
    memberships: list(at(member, 'node', 'membershipsConnection', 'edges')).map((m) => ({
      id: at(m, 'node', 'id'),
      role: at(m, 'properties', 'role'),
      ...below(at(m, 'node')),
    })),
  }));
}

function bareNested(rows: unknown, below: (membership: unknown) => Record<string, unknown>): unknown {
  return list(rows).map((row) => ({
    id: at(row, 'id'),
    memberships: list(at(row, 'memberships')).map((m) => ({ id: at(m, 'id'), role: at(m, 'role'), ...below(m) })),
  }));
}

/** Where two normalised answers first differ, as `path: left ≠ right`; null when they are equal. */
export function firstDifference(left: unknown, right: unknown, path = '$'): string | null {
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
      const inner = firstDifference(left[i], right[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return left.length === right.length
      ? null
      : `${path}: ${left.length} items ≠ ${right.length} items (next: ${preview(left[right.length] ?? right[left.length])})`;
  }
  if (isObject(left) && isObject(right)) {
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      const inner = firstDifference(left[key], right[key], `${path}.${key}`);
      if (inner) return inner;
    }
    return null;
  }
  return Object.is(left, right) ? null : `${path}: ${preview(left)} ≠ ${preview(right)}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export interface Answers {
  entente: unknown;
  /** Absent where the peer has no equivalent (the synthetic path scenarios). */
  peer?: unknown;
  bare: unknown;
}

/** The `data` of a GraphQL response; its errors, if any, as an exception. */
export function graphqlData(side: string, body: unknown): unknown {
  const errors = field(body, 'errors');
  if (errors !== undefined) throw new Error(`${side} answered with errors: ${preview(errors)}`);
  return field(body, 'data');
}

/** Throws, naming the scenario and the first difference, unless all sides gave the same answer. */
export function assertSameAnswers(scenario: string, normaliser: Normaliser, answers: Answers): void {
  const entente = normaliser.entente(answers.entente);
  if (entente === null || (Array.isArray(entente) && entente.length === 0)) {
    throw new Error(`${scenario}: Entente's answer is empty, so comparing it would prove nothing: ${preview(answers.entente)}`);
  }
  const bare = normaliser.bare(answers.bare);
  const againstBare = firstDifference(entente, bare);
  if (againstBare)
    throw new Error(`${scenario}: Entente and the bare Cypher answer differently at ${againstBare} (Entente ≠ bare)`);
  if (answers.peer === undefined) return;
  const againstPeer = firstDifference(entente, normaliser.peer(answers.peer));
  if (againstPeer) throw new Error(`${scenario}: Entente and the peer answer differently at ${againstPeer} (Entente ≠ peer)`);
}
