import { groupedLoader } from '../../../src/relation/grouped-loader';

describe('groupedLoader', () => {
  it('sends keys with equal arguments in one batch of distinct ids, and answers each key in order', async () => {
    const batches: { ids: string[]; params: { asOf: string } }[] = [];
    const loader = groupedLoader<{ asOf: string }, string>(
      async (ids, params) => {
        batches.push({ ids, params });
        return new Map(ids.filter((id) => id !== 'none').map((id) => [id, `${id}@${params.asOf}`]));
      },
      () => 'empty',
    );
    const answers = await Promise.all([
      loader.load({ id: 'a', params: { asOf: '1990' } }),
      loader.load({ id: 'b', params: { asOf: '2000' } }),
      loader.load({ id: 'c', params: { asOf: '1990' } }),
      loader.load({ id: 'none', params: { asOf: '1990' } }),
      loader.load({ id: 'a', params: { asOf: '2000' } }),
    ]);
    expect(answers).toEqual(['a@1990', 'b@2000', 'c@1990', 'empty', 'a@2000']);
    expect(batches).toEqual([
      { ids: ['a', 'c', 'none'], params: { asOf: '1990' } },
      { ids: ['b', 'a'], params: { asOf: '2000' } },
    ]);
  });

  it('caches by id and arguments within one loader', async () => {
    let calls = 0;
    const loader = groupedLoader<null, number>(
      async (ids) => {
        calls += 1;
        return new Map(ids.map((id) => [id, id.length]));
      },
      () => 0,
    );
    await loader.load({ id: 'abc', params: null });
    expect(await loader.load({ id: 'abc', params: null })).toBe(3);
    expect(calls).toBe(1);
  });
});
