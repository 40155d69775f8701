import pino from 'pino';
import { loadPlaygroundExamples } from '../../src/http/playground';
import { warmUp } from '../../src/warm-up';
import { startTestApp } from '../helpers/app';

describe('the warm-up before the service listens', () => {
  it("runs the playground's read examples and the lists' first pages through the server, all answered", async () => {
    const app = await startTestApp();
    const lines: { msg: string; queries?: number; failed?: number }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const statements: string[] = [];
    const stop = app.db.onQuery((name) => statements.push(name));
    try {
      await warmUp(app.server, app.db, app.config, logger);
    } finally {
      stop();
      await app.close();
    }
    const done = lines.find((line) => line.msg === 'query plans warmed');
    // Every read example in the playground (the curation one is left out) and five lists.
    const reads = loadPlaygroundExamples().filter((example) => !/^\s*mutation\b/m.test(example.query));
    expect(reads.length).toBeGreaterThanOrEqual(7);
    expect(done?.queries).toBe(reads.length + 5);
    expect(lines.some((line) => line.failed)).toBe(false);
    expect(statements).toEqual(expect.arrayContaining(['read/state', 'read/alliances', 'read/search']));
  });
});
