import { Neo4jContainer } from '@testcontainers/neo4j';
import { getContainerRuntimeClient } from 'testcontainers';

/** True when a Docker (or compatible) engine answers; these machines have only the client. */
export async function dockerAnswers(): Promise<boolean> {
  if (process.env.ENTENTE_TEST_NO_DOCKER === 'true') return false;
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function startNeo4jContainer(): Promise<{ uri: string; user: string; password: string; stop: () => Promise<void> }> {
  process.stdout.write('\nTests use a Neo4j 5.26 Community container (testcontainers)\n');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('entente-test').start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    stop: async () => void (await container.stop()),
  };
}
