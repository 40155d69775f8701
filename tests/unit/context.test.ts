import neo4j from 'neo4j-driver';
import pino from 'pino';
import { createContext } from '../../src/context';
import { Database } from '../../src/db/database';

// The driver is never connected: loaders only hold the database until a resolver loads through them.
const db = new Database(neo4j.driver('bolt://127.0.0.1:1'), {
  database: 'neo4j',
  queryTimeoutMs: 1000,
  logger: pino({ enabled: false }),
});
const anonymous = { role: null, subject: null } as never;

afterAll(() => db.driver.close());

describe('createContext', () => {
  it('makes each loader once per request, when first asked for', () => {
    const ctx = createContext(db, pino({ enabled: false }), anonymous);
    expect(ctx.loaders.entity).toBe(ctx.loaders.entity);
    expect(ctx.loaders.relations).toBe(ctx.loaders.relations);
    expect(ctx.loaders.allies).toBe(ctx.loaders.allies);
    expect(ctx.loaders.relations.paged.size).toBeGreaterThan(0);
  });

  it('gives every request loaders of its own, so nothing cached crosses requests', () => {
    const first = createContext(db, pino({ enabled: false }), anonymous);
    const second = createContext(db, pino({ enabled: false }), anonymous);
    expect(second.loaders.entity).not.toBe(first.loaders.entity);
    expect(second.loaders.relations).not.toBe(first.loaders.relations);
    expect(second.loaders.allies).not.toBe(first.loaders.allies);
  });
});
