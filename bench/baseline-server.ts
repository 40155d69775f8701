import http from 'node:http';
import type { Database } from '../src/db/database';
import { toPlain } from '../src/db/mapping';
import type { Scenario } from './scenarios';

/**
 * The bare-driver side of each comparison: POST /<scenario> runs its one Cypher query through the
 * same driver and answers JSON over HTTP, so both sides pay for HTTP and JSON and differ only in
 * what lies between (Apollo, resolvers, loaders).
 */
export function startBaselineServer(db: Database, scenarios: Scenario[]): Promise<{ url: string; close(): Promise<void> }> {
  const byName = new Map(scenarios.map((s) => [s.name, s]));
  const server = http.createServer((req, res) => {
    const scenario = byName.get((req.url ?? '').slice(1));
    req.resume();
    req.on('end', async () => {
      if (!scenario) {
        res.writeHead(404).end();
        return;
      }
      try {
        const result = await db.read(scenario.baseline, scenario.baselineParams);
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: result.records.map((r) => toPlain(r.toObject())) }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
