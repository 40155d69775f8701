import type { ManagedTransaction } from 'neo4j-driver';
import { checkLifetimes } from '../data/checks';
import { emptyDataset, type RelationshipRow } from '../data/dataset';
import { type RelationshipType } from '../shared/labels';
import { ProblemLog } from '../data/problems';
import { cypher } from '../db/cypher';
import type { InputProblems } from './problems';
import type { StoredProps } from './snapshot';

const STATE_PERIODS = cypher('curation/state-periods');

/**
 * The loader's rule that a state takes part in nothing outside its lifetime, applied to one state
 * as it would be after the write: its (new) lifetime against its periods, plus any new one.
 */
export async function checkStateLifetime(
  tx: ManagedTransaction,
  state: { id: string; props: StoredProps },
  problems: InputProblems,
  field: (message: string) => string,
  added?: { type: RelationshipType; endId: string; props: StoredProps },
): Promise<void> {
  const result = await tx.run(STATE_PERIODS.text, { id: state.id });
  const dataset = emptyDataset();
  dataset.nodes.State.push({ id: state.id, props: state.props });
  const rows: (RelationshipRow & { type: RelationshipType })[] = result.records.map((r) => ({
    type: r.get('type') as RelationshipType,
    id: (r.get('props') as StoredProps).id as string,
    start: state.id,
    end: r.get('endId') as string,
    props: r.get('props') as StoredProps,
  }));
  if (added) rows.push({ type: added.type, id: String(added.props.id), start: state.id, end: added.endId, props: added.props });
  for (const row of rows) if (row.type in dataset.relationships) dataset.relationships[row.type].push(row);
  const log = new ProblemLog();
  checkLifetimes(dataset, log);
  for (const problem of log.problems) problems.add(field(problem.reason), problem.reason);
}
