import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mintCuratorToken } from '../src/auth/mint';
import type { Config } from '../src/config';
import { cypher } from '../src/db/cypher';
import type { Database } from '../src/db/database';
import { toPlain } from '../src/db/mapping';
import type { LoadOptions, Measurement } from './harness';

const COUNT_CHANGES = cypher('bench/count-changes');
const UPSERT = 'mutation ($input: UpsertStateInput!) { upsertState(input: $input) { state { id version } change { id } } }';
const SOURCE = 'un-member-states';

/** A secret for the bench's own server: its tokens are minted here and live for one run. */
export const benchAuthEnv = (): Record<string, string> => ({ AUTH_JWT_SECRET: randomBytes(48).toString('base64url') });

export const WRITE_SCENARIOS: WriteScenario[] = [
  { name: 'write-ten-states', stateIds: ['EST', 'LVA', 'LTU', 'FIN', 'SWE', 'NOR', 'DNK', 'POL', 'DEU', 'FRA'] },
  { name: 'write-one-state', stateIds: ['EST'] },
];

export interface WriteScenario {
  name: string;
  /** Which states the writes go to, in turn: many spread the locks, one makes every write queue. */
  stateIds: string[];
}

/**
 * Curators' writes: upsertState corrections, each a write transaction with its audit record.
 * Every request must land: the audit records that appear are counted against the requests sent.
 */
export async function measureWrites(
  url: string,
  db: Database,
  auth: Config['auth'],
  scenario: WriteScenario,
  load: LoadOptions,
): Promise<Measurement> {
  const token = await mintCuratorToken(auth, { sub: 'bench', roles: ['editor'], hours: 1 });
  const changesBefore = await countChanges(db);
  let sent = 0;
  let refused = 0;
  const result = await autocannon({
    url,
    connections: load.connections,
    duration: load.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        setupRequest: (request) => {
          sent += 1;
          const id = scenario.stateIds[sent % scenario.stateIds.length];
          const input = { id, notes: `Benchmark write ${sent}.`, sourceIds: [SOURCE] };
          return { ...request, body: JSON.stringify({ query: UPSERT, variables: { input } }) };
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) refused += 1;
        },
      },
    ],
  });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0)
    throw new Error(`${scenario.name}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  const landed = (await countChanges(db)) - changesBefore;
  // Requests still in flight when the time is up may land without being counted as answered.
  if (refused > 0 || landed < result.requests.total) {
    throw new Error(
      `${scenario.name}: ${refused} writes refused; ${result.requests.total} answered, ${landed} audit records made`,
    );
  }
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average };
}

async function countChanges(db: Database): Promise<number> {
  return toPlain((await db.read(COUNT_CHANGES)).records[0]?.get('changes')) as number;
}
