import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { EntityLabel } from '../shared/labels';
import {
  allianceFile,
  conductorRow,
  conflictFile,
  memberRow,
  operationFile,
  participantRow,
  partyRow,
  sourceFile,
  statesFile,
  treatyFile,
  type AllianceDoc,
  type ConflictDoc,
  type OperationDoc,
  type SourceRow,
  type StateRow,
  type TreatyDoc,
} from './file-schemas';
import type { ProblemLog } from './problems';

export interface Located<T> {
  file: string;
  doc: T;
}

export interface CuratedFiles {
  sources: Located<SourceRow[]>[];
  states: Located<StateRow[]>[];
  alliances: Located<AllianceDoc>[];
  treaties: Located<TreatyDoc>[];
  conflicts: Located<ConflictDoc>[];
  operations: Located<OperationDoc>[];
  /** Ids of entities whose own fields are broken: known, so that references to them do not cascade. */
  brokenIds: Map<string, EntityLabel>;
}

type Raw = Record<string, unknown>;

/**
 * Reads and shape-checks every file under `dataDir`. Rows are checked one by one, so one bad row
 * neither hides the problems of the others nor makes every reference to its file fail too.
 */
export function readCuratedFiles(dataDir: string, log: ProblemLog): CuratedFiles {
  const brokenIds = new Map<string, EntityLabel>();

  const readYaml = (relative: string): unknown => {
    try {
      return parse(readFileSync(path.join(dataDir, relative), 'utf8'));
    } catch (error) {
      log.add(relative, '', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };

  /** Keeps the rows that fit `schema`, logging the others; a broken row's id is still known. */
  const rows = <S extends z.ZodTypeAny>(file: string, prefix: (string | number)[], raw: unknown, schema: S, label?: EntityLabel): z.infer<S>[] => {
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      log.add(file, prefix, 'must be a list');
      return [];
    }
    return raw.flatMap((item: unknown, i) => {
      const result = schema.safeParse(item);
      if (result.success) return [result.data as z.infer<S>];
      for (const issue of result.error.issues) log.add(file, [...prefix, i, ...issue.path], issue.message);
      const id = (item as Raw | null)?.id;
      if (label && typeof id === 'string') brokenIds.set(id, label);
      return [];
    });
  };

  /** One entity per file: its own fields strictly, its long list row by row. */
  const entity = <S extends z.ZodTypeAny>(relative: string, schema: S, label: EntityLabel, listField: string, rowSchema: z.ZodTypeAny): Located<z.infer<S>>[] => {
    const raw = readYaml(relative);
    if (raw === undefined) return [];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      log.add(relative, '', 'must be a map of fields (see data/README.md)');
      return [];
    }
    const listed = rows(relative, [listField], (raw as Raw)[listField], rowSchema);
    const result = schema.safeParse({ ...(raw as Raw), [listField]: [] });
    if (!result.success) {
      for (const issue of result.error.issues) log.add(relative, issue.path, issue.message);
      const id = (raw as Raw).id;
      if (typeof id === 'string') brokenIds.set(id, label);
      return [];
    }
    return [{ file: relative, doc: { ...(result.data as object), [listField]: listed } as z.infer<S> }];
  };

  const folder = (name: string): string[] => {
    const dir = path.join(dataDir, name);
    return existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort().map((file) => `${name}/${file}`) : [];
  };
  const table = <S extends z.ZodTypeAny>(relative: string, schema: S, label: EntityLabel): Located<z.infer<S>[]> => ({
    file: relative,
    doc: rows(relative, [], readYaml(relative), schema, label),
  });

  return {
    sources: folder('sources').map((file) => table(file, sourceFile.element, 'Source')),
    states: [table('states.yaml', statesFile.element, 'State')],
    alliances: folder('alliances').flatMap((file) => entity(file, allianceFile, 'Alliance', 'members', memberRow)),
    treaties: folder('treaties').flatMap((file) => entity(file, treatyFile, 'Treaty', 'parties', partyRow)),
    conflicts: folder('conflicts').flatMap((file) => entity(file, conflictFile, 'Conflict', 'participants', participantRow)),
    operations: folder('operations').flatMap((file) => entity(file, operationFile, 'Operation', 'conductedBy', conductorRow)),
    brokenIds,
  };
}
