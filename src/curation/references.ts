import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { toPlain } from '../db/mapping';
import type { EntityLabel } from '../shared/labels';
import type { Reference } from './entity-kinds';
import type { InputProblems } from './problems';

const LABELS_OF = cypher('curation/labels-of');
const REFERENCES_TO = cypher('curation/references-to');

/** Every id the input names must name an entity of the expected kind; each miss is a problem. */
export async function checkReferences(tx: ManagedTransaction, references: Reference[], problems: InputProblems): Promise<void> {
  if (references.length === 0) return;
  const result = await tx.run(LABELS_OF.text, { ids: [...new Set(references.map((r) => r.id))] });
  const labelOf = new Map(result.records.map((r) => [r.get('id') as string, r.get('label') as EntityLabel]));
  for (const reference of references) {
    const label = labelOf.get(reference.id);
    const wanted = reference.expect.join(' or ').toLowerCase();
    if (!label) problems.add(reference.field, `no ${wanted} has the id "${reference.id}"`);
    else if (!reference.expect.includes(label))
      problems.add(reference.field, `"${reference.id}" is a ${label.toLowerCase()}, not a ${wanted}`);
  }
}

export const sourceReferences = (field: string, ids: string[]): Reference[] =>
  ids.map((id, i) => ({ field: `${field}[${i}]`, id, expect: ['Source'] }));

/** What names an entity by id in a property: records citing it as a source, alliances it is the parent of. */
export async function referencesTo(tx: ManagedTransaction, id: string): Promise<{ citing: number; organs: number }> {
  const record = (await tx.run(REFERENCES_TO.text, { id, quotedId: JSON.stringify(id) })).records[0];
  const count = (key: string) => (toPlain(record?.get(key)) as number | null) ?? 0;
  return { citing: count('citingEntities') + count('citingRelationships'), organs: count('organs') };
}
