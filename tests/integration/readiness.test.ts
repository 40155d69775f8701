import { applySchema, REQUIRED_INDEXES } from '../../src/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { fixture } from '../helpers/fixtures';

// A range index only speeds up reading audit records: while it is missing, nothing else that runs
// (the suite runs in band) reads or writes differently.
const INDEX = 'change_at';

describe('/readyz and the schema’s indexes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const readyz = async (): Promise<{ status: number; body: { status: string; reason?: string } }> => {
    const response = await fetch(`${app.url}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  };

  it('answers 503 naming the index while one is missing, and 200 once the schema is applied again', async () => {
    expect(REQUIRED_INDEXES).toContain(INDEX);
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
    try {
      await app.db.write(fixture('drop-index'), { name: INDEX });
      const missing = await readyz();
      expect(missing.status).toBe(503);
      expect(missing.body).toEqual({ status: 'not ready', reason: `indexes not online: ${INDEX}` });
    } finally {
      await applySchema(app.db);
    }
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
