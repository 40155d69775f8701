import DataLoader from 'dataloader';

/** A key of a batched relation load: the parent's id and the arguments shared by a batch. */
export interface GroupedKey<P> {
  id: string;
  params: P;
}

/** Arguments are compared as JSON; the text is made once per key object, not at every lookup. */
const groupTexts = new WeakMap<object, string>();
function groupOf<P>(key: GroupedKey<P>): string {
  let text = groupTexts.get(key);
  if (text === undefined) {
    text = JSON.stringify(key.params ?? null);
    groupTexts.set(key, text);
  }
  return text;
}
const cacheKeyOf = <P>(key: GroupedKey<P>): string => `${groupOf(key)}\u0000${key.id}`;

/**
 * A DataLoader whose keys carry arguments: keys with equal arguments (the usual case: the same
 * field under many parents) go to the database together, as one UNWIND over their ids.
 */
export function groupedLoader<P, V>(
  batch: (ids: string[], params: P) => Promise<Map<string, V>>,
  empty: () => V,
): DataLoader<GroupedKey<P>, V, string> {
  return new DataLoader<GroupedKey<P>, V, string>(
    async (keys) => {
      const groups = new Map<string, { params: P; ids: Set<string> }>();
      for (const key of keys) {
        const group = groups.get(groupOf(key));
        if (group) group.ids.add(key.id);
        else groups.set(groupOf(key), { params: key.params, ids: new Set([key.id]) });
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups.entries()].map(async ([text, group]) => results.set(text, await batch([...group.ids], group.params))),
      );
      return keys.map((key) => results.get(groupOf(key))?.get(key.id) ?? empty());
    },
    { cacheKeyFn: cacheKeyOf },
  );
}
