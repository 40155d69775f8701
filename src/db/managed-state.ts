import type { SupervisedState } from '../neo4j/supervisor';
import type { Database } from './database';

// Kept beside the Database rather than passed to the HTTP layer: buildServer(config, db, logger) is
// the signature tests and tools build the app with, and /readyz only needs to ask the database's
// server how it is. A Database over NEO4J_URI has no entry: its server is not ours to supervise.
const managedStates = new WeakMap<Database, () => SupervisedState>();

export function attachManagedState(db: Database, state: () => SupervisedState): void {
  managedStates.set(db, state);
}

/** The managed server's state behind `db`, or undefined when Entente does not run that server. */
export function managedStateOf(db: Database): SupervisedState | undefined {
  return managedStates.get(db)?.();
}

/** Why the managed server cannot answer now, or undefined while it runs. */
export function managedDownReason(state: SupervisedState | undefined): string | undefined {
  switch (state?.status) {
    case 'restarting':
      return `the managed Neo4j is restarting (attempt ${state.attempt} of ${state.maxAttempts}): ${state.reason}`;
    case 'failed':
      return `the managed Neo4j is down and will not be restarted: ${state.reason}`;
    case 'stopped':
      return 'the managed Neo4j has been stopped';
    default:
      return undefined;
  }
}
