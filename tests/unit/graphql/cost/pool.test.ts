import { ExpensivePool } from '../../../../src/graphql/cost/pool';

describe('the pool of slots for expensive queries', () => {
  it('grants up to its size at once, then queues in order, passing a released slot on', async () => {
    const pool = new ExpensivePool(2);
    const a = await pool.acquire(0);
    const b = await pool.acquire(0);
    expect(a && b).toBeTruthy();
    const order: string[] = [];
    const c = pool.acquire(1000).then((release) => (order.push('c'), release));
    const d = pool.acquire(1000).then((release) => (order.push('d'), release));
    a?.();
    b?.();
    const [releaseC, releaseD] = await Promise.all([c, d]);
    expect(order).toEqual(['c', 'd']);
    expect(pool.busy).toBe(2);
    releaseC?.();
    releaseD?.();
    expect(pool.busy).toBe(0);
  });

  it('refuses with null when no slot comes free in time, and a late release is not lost', async () => {
    const pool = new ExpensivePool(1);
    const held = await pool.acquire(0);
    expect(await pool.acquire(20)).toBeNull();
    held?.();
    held?.(); // a second release of the same slot changes nothing
    expect(pool.busy).toBe(0);
    expect(await pool.acquire(0)).not.toBeNull();
  });
});
