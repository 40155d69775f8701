import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  allianceFile,
  conflictFile,
  operationFile,
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
}

/** Reads and shape-checks every file under `dataDir`; problems are logged, bad files left out. */
export function readCuratedFiles(dataDir: string, log: ProblemLog): CuratedFiles {
  const read = <S extends z.ZodTypeAny>(relative: string, schema: S): Located<z.infer<S>> | undefined => {
    let raw: unknown;
    try {
      raw = parse(readFileSync(path.join(dataDir, relative), 'utf8'));
    } catch (error) {
      log.add(relative, '', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) log.add(relative, issue.path, issue.message);
      return undefined;
    }
    return { file: relative, doc: result.data };
  };
  const readFolder = <S extends z.ZodTypeAny>(folder: string, schema: S): Located<z.infer<S>>[] => {
    const dir = path.join(dataDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => read(`${folder}/${name}`, schema))
      .filter((located): located is Located<z.infer<S>> => located !== undefined);
  };
  const states = read('states.yaml', statesFile);
  return {
    sources: readFolder('sources', sourceFile),
    states: states ? [states] : [],
    alliances: readFolder('alliances', allianceFile),
    treaties: readFolder('treaties', treatyFile),
    conflicts: readFolder('conflicts', conflictFile),
    operations: readFolder('operations', operationFile),
  };
}
