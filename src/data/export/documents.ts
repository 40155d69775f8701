import { ENTITY_LABELS, type EntityLabel } from '../../shared/labels';
import type { Row } from './fields';
import { entityDocument } from './entities';
import type { Graph, GraphEntity } from './graph';
import { LINK_PLACEMENTS, linkRow } from './links';
import { byPlacement, compareText, sourceFileOf } from './order';

/** One file of the export, before it is rendered as YAML; `path` is relative to the export directory. */
export type ExportedDocument =
  /** A list of rows: states.yaml one row per line, a sources file one block per source. */
  | { path: string; layout: 'table'; style: 'flow' | 'block'; rows: Row[] }
  /** One alliance, treaty, conflict or operation. */
  | { path: string; layout: 'entity'; doc: Row };

const ENTITY_DIRS: Partial<Record<EntityLabel, string>> = {
  Alliance: 'alliances',
  Treaty: 'treaties',
  Conflict: 'conflicts',
  Operation: 'operations',
};
// The loader only accepts kebab-case ids there; this only keeps a strange id from escaping the directory.
const FILE_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Placed {
  order: unknown;
  key: string;
  row: Row;
}

/** The graph holds facts the files cannot say: the export stops rather than leave them out. */
export class UnexportableGraph extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The graph holds ${problems.length} fact${problems.length === 1 ? '' : 's'} that data/ files cannot hold; nothing was written ` +
        `(if it was being edited meanwhile, run the export again):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}

/**
 * Turns the graph back into the files of data/: every relationship as a row of the entity whose
 * file holds it, every entity in the file it came from (placement: src/data/placement.ts).
 */
export function toDocuments(graph: Graph): ExportedDocument[] {
  const problems: string[] = [];
  const entities = new Map<string, GraphEntity>();
  for (const entity of graph.entities) {
    if (entity.kinds.length === 1) entities.set(entity.id, entity);
    else problems.push(`entity "${entity.id}" has the kinds [${entity.kinds.join(', ')}]: it needs exactly one of ${ENTITY_LABELS.join(', ')}`);
  }

  const rowsByOwner = new Map<string, Map<string, Placed[]>>();
  for (const link of graph.links) {
    const placement = LINK_PLACEMENTS[link.type];
    const ownerId = placement.ownerId(link);
    const owner = typeof ownerId === 'string' ? entities.get(ownerId) : undefined;
    if (!owner || !placement.ownerKinds.includes(owner.kinds[0] as EntityLabel)) {
      const found = owner ? `is a ${owner.kinds[0]}` : 'is not in the graph';
      problems.push(`${link.type} ${link.start}→${link.end} (${String(link.props.id)}): its ${placement.ownerKinds.join(' or ')} "${String(ownerId)}" ${found}`);
      continue;
    }
    const fields = rowsByOwner.get(owner.id) ?? new Map<string, Placed[]>();
    rowsByOwner.set(owner.id, fields);
    const rows = fields.get(placement.field) ?? [];
    fields.set(placement.field, rows);
    rows.push({ order: link.props.dataOrder, key: `${String(link.props.id)}|${link.start}|${link.end}`, row: linkRow(placement, link, owner) });
  }
  const rowsOf = (ownerId: string) => (field: string) => inOrder(rowsByOwner.get(ownerId)?.get(field));

  const documents: ExportedDocument[] = [];
  const states: Placed[] = [];
  const sourceFiles = new Map<string, Placed[]>();
  for (const entity of entities.values()) {
    const label = entity.kinds[0] as EntityLabel;
    const doc = entityDocument(entity, rowsOf(entity.id));
    const dir = ENTITY_DIRS[label];
    if (label === 'State') {
      states.push(placed(entity, 'states.yaml', doc));
    } else if (label === 'Source') {
      const file = sourceFileOf(entity.props);
      sourceFiles.set(file, [...(sourceFiles.get(file) ?? []), placed(entity, file, doc)]);
    } else if (dir && FILE_SAFE_ID.test(entity.id)) {
      documents.push({ path: `${dir}/${entity.id}.yaml`, layout: 'entity', doc });
    } else {
      problems.push(`${label} "${entity.id}": its id cannot name a file`);
    }
  }
  if (problems.length > 0) throw new UnexportableGraph(problems);

  // The loader requires states.yaml even when it is empty.
  documents.push({ path: 'states.yaml', layout: 'table', style: 'flow', rows: inOrder(states) ?? [] });
  for (const [file, rows] of sourceFiles) documents.push({ path: file, layout: 'table', style: 'block', rows: inOrder(rows) ?? [] });
  return documents.sort((a, b) => compareText(a.path, b.path));
}

/** An entity keeps its position only in the file it was loaded from. */
function placed(entity: GraphEntity, file: string, row: Row): Placed {
  return { order: entity.props.dataFile === file ? entity.props.dataOrder : undefined, key: entity.id, row };
}

function inOrder(rows: Placed[] | undefined): Row[] | undefined {
  return rows && [...rows].sort(byPlacement).map((placed) => placed.row);
}
