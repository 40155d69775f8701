import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Database } from '../src/db/database';
import { toPlain } from '../src/db/mapping';
import { toNeo4jDate } from '../src/dates';
import type { Scenario } from './scenarios';

/** The least schema that answers a scenario's operation, and resolvers that run its bare statement. */
export interface Floor {
  typeDefs: string;
  resolvers: (db: Database, scenario: Scenario) => Record<string, Record<string, unknown>>;
}

interface NestedArgs {
  id: string;
  asOf: string;
  first: number;
  parties?: number;
}

/** A page as Entente answers it: only the edges, as the operations ask for nothing else. */
const page = <T>(nodes: T[]): { edges: { node: T }[] } => ({ edges: nodes.map((node) => ({ node })) });

/**
 * The bare statement's rows for one alliance's members. The arguments are spread over the levels
 * of the operation (asOf and first on members, parties further down), and every one of them is a
 * variable of the operation, so the root resolver takes them from there.
 */
async function nestedRows(db: Database, scenario: Scenario, args: NestedArgs): Promise<Record<string, unknown>[]> {
  const params: Record<string, unknown> = { id: args.id, asOf: toNeo4jDate(args.asOf), first: neo4j.int(args.first) };
  if (args.parties !== undefined) params.parties = neo4j.int(args.parties);
  const result = await db.read(scenario.baseline, params);
  return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

interface MembershipRow {
  id: string;
  role: string;
  establishedBy: (string | { id: string; parties: string[] })[];
}

/** The nested scenarios' answer from the bare rows: members → memberships → treaties (→ parties). */
const nestedAnswer = (rows: Record<string, unknown>[]): unknown => ({
  members: {
    edges: rows.map((row) => ({
      node: {
        id: row.id,
        memberships: {
          edges: (row.memberships as MembershipRow[]).map((m) => ({
            role: m.role,
            node: {
              id: m.id,
              establishedBy: m.establishedBy.map((treaty) =>
                typeof treaty === 'string'
                  ? { id: treaty }
                  : { id: treaty.id, parties: page(treaty.parties.map((id) => ({ id }))) },
              ),
            },
          })),
        },
      },
    })),
  },
});

const NESTED_TYPES = `
  scalar Date
  type Query { alliance(id: ID!): Alliance }
  type Alliance { id: ID! members(asOf: Date, first: Int): MemberPage! }
  type MemberPage { edges: [MemberEdge!]! }
  type MemberEdge { role: String! node: State! }
  type State { id: ID! memberships(asOf: Date): MembershipPage! }
  type MembershipPage { edges: [MembershipEdge!]! }
  type MembershipEdge { role: String! node: Alliance! }
  type Treaty { id: ID! parties(asOf: Date, first: Int): PartyPage! }
  type PartyPage { edges: [PartyEdge!]! }
  type PartyEdge { node: State! }
  extend type Alliance { establishedBy: [Treaty!]! }`;

const nested: Floor = {
  typeDefs: NESTED_TYPES,
  resolvers: (db, scenario) => ({
    Query: {
      alliance: async (_: unknown, __: unknown, _ctx: unknown, info: GraphQLResolveInfo) =>
        nestedAnswer(await nestedRows(db, scenario, info.variableValues as unknown as NestedArgs)),
    },
  }),
};

/**
 * One per scenario with a bare target or a search: each answers Entente's operation with Entente's
 * JSON (bench/run.ts checks it key for key), the answer shaped by hand from the bare rows and then
 * walked by graphql-js's default resolvers, which is the least execution any Apollo Server does.
 */
export const FLOORS: Record<string, Floor> = {
  'state-by-id': {
    typeDefs: 'type Query { state(id: ID!): State } type State { id: ID! name: String! iso2: String region: String }',
    resolvers: (db, scenario) => ({
      Query: {
        state: async (_: unknown, args: { id: string }) => {
          const result = await db.read(scenario.baseline, { id: args.id });
          return result.records[0] ? toPlain(result.records[0].get('state')) : null;
        },
      },
    }),
  },
  'alliance-members-as-of': {
    typeDefs: `
      scalar Date
      type Query { alliance(id: ID!): Alliance }
      type Alliance { name: String! members(asOf: Date, first: Int): MemberPage! }
      type MemberPage { edges: [MemberEdge!]! }
      type MemberEdge { from: Date role: String! node: State! }
      type State { id: ID! name: String! }`,
    resolvers: (db, scenario) => ({
      Query: {
        alliance: async (_: unknown, __: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
          const [row] = await nestedRows(db, scenario, info.variableValues as unknown as NestedArgs);
          if (!row) return null;
          const members = row.members as { from: string; role: string; id: string; name: string }[];
          return {
            name: row.name,
            members: { edges: members.map((m) => ({ from: m.from, role: m.role, node: { id: m.id, name: m.name } })) },
          };
        },
      },
    }),
  },
  'nested-three-levels': nested,
  'nested-four-levels': nested,
  search: {
    typeDefs:
      'type Query { search(text: String!, first: Int): [Hit!]! } type Hit { score: Float! entity: Named! } type Named { id: ID! name: String! }',
    resolvers: (db, scenario) => ({
      Query: {
        // The bare statement already has the Lucene query built from the text (scenarios.ts).
        search: async () => {
          const result = await db.read(scenario.baseline, scenario.baselineParams);
          return result.records.map((r) => ({ score: Number(r.get('score')), entity: { id: r.get('id'), name: r.get('name') } }));
        },
      },
    }),
  },
};
