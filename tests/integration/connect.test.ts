import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { freePort } from '../../src/neo4j/ports';
import { silentLogger } from '../helpers/neo4j';

describe('connecting to your own Neo4j', () => {
  it('says what to do when nothing answers at NEO4J_URI', async () => {
    const port = await freePort();
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x', NEO4J_MAX_RETRY_MS: '0' });
    await expect(connect(config, silentLogger)).rejects.toThrow(
      /NEO4J_URI is set but Neo4j does not answer at bolt:\/\/127\.0\.0\.1:\d+.*unset NEO4J_URI/s,
    );
  });
});
