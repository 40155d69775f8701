import pino from 'pino';
import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { freePort } from '../../src/neo4j/ports';
import { testNeo4j } from '../helpers/neo4j';

describe('connecting to your own Neo4j', () => {
  it('says in one line what happened and what to do when nothing answers at NEO4J_URI', async () => {
    const port = await freePort();
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x', NEO4J_MAX_RETRY_MS: '0' });
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const failure = await connect(config, logger).then(
      () => new Error('connected'),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toMatch(
      new RegExp(
        `^NEO4J_URI is set but Neo4j does not answer at bolt://127\\.0\\.0\\.1:${port} \\(connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\)\\. .*unset NEO4J_URI`,
      ),
    );
    expect(failure.message).not.toMatch(/try again shortly|\n/);
    // The check's failure is that one message, not also a warning with the driver's whole text.
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  });

  it('names the password rule when the server refuses the credentials, as it does after a compose password change', async () => {
    const { uri, user } = testNeo4j();
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: 'not-the-password', NEO4J_MAX_RETRY_MS: '0' });
    const logger = pino({ level: 'silent' });
    const failure = await connect(config, logger).then(
      () => new Error('connected'),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toMatch(/^Neo4j at \S+ refused NEO4J_USER\/NEO4J_PASSWORD \(.*\)\. With docker compose/);
    expect(failure.message).not.toMatch(/\n/);
  });
});
