import type { Database } from '../db/database';
import { ENTITY_LABELS, type EntityLabel, RELATIONSHIP_TYPES, type RelationshipType } from '../shared/labels';
import { writeExportDirectory, type ExportedFile } from './export/directory';
import { toDocuments } from './export/documents';
import { readGraph, type Graph } from './export/graph';
import { renderDocument } from './export/render';

export interface ExportSummary {
  files: ExportedFile[];
  entities: Record<EntityLabel, number>;
  relationships: Record<RelationshipType, number>;
}

/**
 * The whole graph as the files of data/, which `seed` reads back to the same nodes and
 * relationships. Files come in path order; the same graph always gives the same bytes.
 */
export async function exportGraph(db: Database): Promise<ExportSummary> {
  const graph = await readGraph(db);
  const files = toDocuments(graph).map((document) => ({ path: document.path, text: renderDocument(document) }));
  return { files, ...count(graph) };
}

/** Exports into `dir` (see writeExportDirectory for when it refuses); returns what it wrote and removed. */
export async function exportToDirectory(db: Database, dir: string, options: { force: boolean }): Promise<ExportSummary & { removed: string[] }> {
  const summary = await exportGraph(db);
  const removed = writeExportDirectory(dir, summary.files, options);
  return { ...summary, removed };
}

function count(graph: Graph): Pick<ExportSummary, 'entities' | 'relationships'> {
  const entities = Object.fromEntries(ENTITY_LABELS.map((label) => [label, 0])) as Record<EntityLabel, number>;
  const relationships = Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, 0])) as Record<RelationshipType, number>;
  for (const entity of graph.entities) for (const kind of entity.kinds) entities[kind] += 1;
  for (const link of graph.links) relationships[link.type] += 1;
  return { entities, relationships };
}
