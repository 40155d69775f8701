import type { Router } from 'express';
import express from 'express';
import { cypher } from '../db/cypher';
import type { Database } from '../db/database';
import { managedDownReason, managedStateOf } from '../db/managed-state';
import { REQUIRED_INDEXES } from '../db/schema';

const PING = cypher('health/ping');
const SCHEMA_STATUS = cypher('health/schema-status');
/** Orchestrators probe often and give up quickly: a readiness answer never waits longer than this (under 2 s with HTTP). */
const READY_DEADLINE_MS = 1500;

/** /healthz: the process is up. /readyz: Neo4j answers and the schema's indexes are online. */
export function healthRoutes(db: Database): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    // While the managed server restarts, a query would only wait for its timeout: say why at once.
    const reason = managedDownReason(managedStateOf(db)) ?? (await withinDeadline(notReadyReason(db)));
    if (reason) res.status(503).json({ status: 'not ready', reason });
    else res.json({ status: 'ready' });
  });
  return router;
}

/** Why the database cannot serve, or undefined when it can. */
async function notReadyReason(db: Database): Promise<string | undefined> {
  try {
    await db.read(PING, {}, READY_DEADLINE_MS);
    const result = await db.read<{ name: string; state: string }>(SCHEMA_STATUS, { names: REQUIRED_INDEXES }, READY_DEADLINE_MS);
    const online = new Set(result.records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name')));
    const missing = REQUIRED_INDEXES.filter((name) => !online.has(name));
    return missing.length > 0 ? `indexes not online: ${missing.join(', ')}` : undefined;
  } catch (error) {
    return `Neo4j does not answer: ${(error as Error).message}`;
  }
}

/** A server that is down can keep a connection attempt open for seconds (connect timeout, driver retries). */
async function withinDeadline(check: Promise<string | undefined>): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`Neo4j did not answer within ${READY_DEADLINE_MS} ms`), READY_DEADLINE_MS);
  });
  try {
    return await Promise.race([check, late]);
  } finally {
    clearTimeout(timer);
  }
}
