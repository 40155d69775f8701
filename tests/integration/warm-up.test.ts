import pino from 'pino';
import { loadPlaygroundExamples } from '../../src/http/playground';
import { warmUp } from '../../src/warm-up';
import { startTestApp } from '../helpers/app';

describe('the warm-up: front-end reads before the service listens, analysts’ examples right after', () => {
  it("runs every playground read example and the lists' first pages through the server, all answered", async () => {
    const app = await startTestApp();
    const lines: { msg: string; queries?: number; failed?: number }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const statements: string[] = [];
    const analysts: string[] = [];
    const stop = app.db.onQuery((name) => statements.push(name));
    try {
      const warm = await warmUp(app.server, app.db, app.config, logger);
      // Nothing of the analysts' questions is planned before ready.
      expect(statements.filter((name) => name.startsWith('path/'))).toEqual([]);
      const before = statements.length;
      await warm.afterReady();
      analysts.push(...statements.slice(before));
    } finally {
      stop();
      await app.close();
    }
    const done = lines.find((line) => line.msg === 'query plans warmed');
    const later = lines.find((line) => line.msg === "analysts' query plans warmed");
    // Every read example in the playground (the curation one is left out) and five lists, in two parts.
    const reads = loadPlaygroundExamples().filter((example) => !/^\s*mutation\b/m.test(example.query));
    expect(reads.length).toBeGreaterThanOrEqual(7);
    expect((done?.queries ?? 0) + (later?.queries ?? 0)).toBe(reads.length + 5);
    expect(later?.queries).toBeGreaterThanOrEqual(4);
    expect(analysts).toEqual(expect.arrayContaining(['path/shortest', 'path/commitments', 'path/neighbourhood']));
    expect(lines.some((line) => line.failed)).toBe(false);
    expect(statements).toEqual(expect.arrayContaining(['read/state', 'read/alliances', 'read/search']));
  });
});
