/**
 * Where a row sits in data/: the loader stores it on every node (`dataFile`, `dataOrder`) and
 * relationship (`dataOrder`; the file is its owner's), so that `npm run export` puts each row back
 * in the file and position it came from and a curator's diff shows only what changed. It is not a
 * fact: entities created through the API have none and the export places them by id.
 */
export const PLACEMENT_KEYS = ['dataFile', 'dataOrder'] as const;

/** A row's position in its list: the last index of its path (a one-entity file is position 0). */
export function positionIn(path: (string | number)[]): number {
  const indexes = path.filter((part): part is number => typeof part === 'number');
  return indexes[indexes.length - 1] ?? 0;
}
