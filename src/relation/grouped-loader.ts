import DataLoader from 'dataloader';

/** A key of a batched relation load: the parent's id and the arguments shared by a batch. */
export interface GroupedKey<P> {
  id: string;
  params: P;
}

/**
 * A DataLoader whose keys carry arguments: keys with equal arguments (the usual case: the same
 * field under many parents) go to the database together, as one UNWIND over their ids.
 */
export function groupedLoader<P, V>(
  batch: (ids: string[], params: P) => Promise<Map<string, V>>,
  empty: () => V,
): DataLoader<GroupedKey<P>, V, string> {
  const groupOf = (key: GroupedKey<P>): string => JSON.stringify(key.params ?? null);
  return new DataLoader<GroupedKey<P>, V, string>(
    async (keys) => {
      const groups = new Map<string, GroupedKey<P>[]>();
      for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.entries()].map(async ([group, members]) => {
          const byId = await batch([...new Set(members.map((m) => m.id))], (members[0] as GroupedKey<P>).params);
          for (const member of members) results.set(`${group}\u0000${member.id}`, byId.get(member.id) ?? empty());
        }),
      );
      return keys.map((key) => results.get(`${groupOf(key)}\u0000${key.id}`) ?? empty());
    },
    { cacheKeyFn: (key) => `${groupOf(key)}\u0000${key.id}` },
  );
}
