import path from 'node:path';
import { runningServerPid } from '../../../src/neo4j/process-files';
import { fromRoot } from '../../../src/paths';
import { startTestApp, type TestApp } from '../../helpers/app';

/** The suite's managed Neo4j (global setup), when the tests run one; none with NEO4J_TEST_URI from outside. */
const managedPid = runningServerPid(path.join(process.env.NEO4J_LOCAL_HOME ?? fromRoot('.neo4j'), 'test'));
const DEADLINE_MS = 1500;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

(managedPid ? describe : describe.skip)('a request deadline, enforced while Neo4j is frozen (SIGSTOP)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ REQUEST_DEADLINE_MS: String(DEADLINE_MS), NEO4J_QUERY_TIMEOUT_MS: String(DEADLINE_MS) });
    expect((await app.gql('{ state(id: "EST") { id } }')).body.data).toEqual({ state: { id: 'EST' } });
  });
  afterAll(async () => {
    process.kill(managedPid as number, 'SIGCONT');
    await app.close();
  });

  it('answers every request within its deadline + 1 s with 503, and normally once Neo4j runs again', async () => {
    process.kill(managedPid as number, 'SIGSTOP');
    let answers: { ms: number; value: Response }[];
    let ready: { ms: number; value: Response };
    try {
      const post = (id: string) =>
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ state(id: "${id}") { id name } }` }),
        });
      answers = await Promise.all(['EST', 'LVA', 'LTU', 'FIN'].map((id) => timed(() => post(id))));
      ready = await timed(() => fetch(`${app.url}/readyz`));
    } finally {
      process.kill(managedPid as number, 'SIGCONT');
    }
    for (const { ms, value } of answers) {
      const body = (await value.json()) as { errors?: { extensions: { code: string } }[] };
      expect({ status: value.status, code: body.errors?.[0]?.extensions.code, body }).toMatchObject({
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
      });
      expect(ms).toBeLessThan(DEADLINE_MS + 1000);
      expect(value.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(ready.ms).toBeLessThan(2000);
    expect(ready.value.status).toBe(503);

    // Thawed, the same server answers again without a restart of anything.
    let after = await app.gql('{ state(id: "EST") { id } }');
    for (let tries = 0; tries < 20 && after.status !== 200; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await app.gql('{ state(id: "EST") { id } }');
    }
    expect(after.body.data).toEqual({ state: { id: 'EST' } });
  }, 60_000);
});
