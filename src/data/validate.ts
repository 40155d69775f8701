import { fromRoot } from '../paths';
import { buildDataset } from './build-dataset';
import type { Dataset } from './dataset';
import { DataProblems, ProblemLog } from './problems';
import { readCuratedFiles } from './read-files';

export const DATA_DIR = fromRoot('data');

/** Reads and checks the whole of data/; throws DataProblems listing every problem, or returns what to write. */
export function validateCuratedData(dataDir = DATA_DIR): Dataset {
  const log = new ProblemLog();
  const files = readCuratedFiles(dataDir, log);
  const dataset = buildDataset(files, log);
  if (log.problems.length > 0) throw new DataProblems(log.problems);
  return dataset;
}
