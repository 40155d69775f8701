import type { Router } from 'express';
import express from 'express';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { REQUIRED_INDEXES } from '../db/schema';

const PING = cypher('health/ping');
const SCHEMA_STATUS = cypher('health/schema-status');
/** Per probe query: with the client's grace, /readyz answers within 2 s even when Neo4j hangs. */
const PROBE_TIMEOUT_MS = 700;

/** /healthz: the process is up. /readyz: Neo4j answers and the schema's indexes are online. */
export function healthRoutes(db: Database): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    try {
      await db.read(PING, {}, PROBE_TIMEOUT_MS);
      const result = await db.read<{ name: string; state: string }>(SCHEMA_STATUS, { names: REQUIRED_INDEXES }, PROBE_TIMEOUT_MS);
      const online = new Set(result.records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name')));
      const missing = REQUIRED_INDEXES.filter((name) => !online.has(name));
      if (missing.length > 0) {
        res.status(503).json({ status: 'not ready', reason: `indexes not online: ${missing.join(', ')}` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'not ready', reason: `Neo4j does not answer: ${(error as Error).message}` });
    }
  });
  return router;
}
