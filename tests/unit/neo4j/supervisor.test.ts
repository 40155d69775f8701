import { restartDelayMs, supervise, type RestartPolicy, type ServerProcess } from '../../../src/neo4j/supervisor';

/** A server process without a process: the test decides when it exits. */
function fakeServer(pid: number): ServerProcess & { crash(): void; stopped: boolean } {
  let exit: (why: string) => void = () => undefined;
  const exited = new Promise<string>((resolve) => (exit = resolve));
  const server = {
    pid,
    exited,
    stopped: false,
    crash: () => exit('killed by SIGKILL'),
    stop: async () => {
      server.stopped = true;
      exit('exit code 0');
      await exited;
    },
    killNow: () => exit('killed by SIGKILL'),
  };
  return server;
}

function policy(overrides: Partial<RestartPolicy> = {}): RestartPolicy & { lines: string[]; gaveUp: string[] } {
  const lines: string[] = [];
  const gaveUp: string[] = [];
  return {
    maxAttempts: 3,
    initialDelayMs: 10,
    maxDelayMs: 40,
    log: (line) => lines.push(line),
    onGiveUp: (reason) => gaveUp.push(reason),
    lines,
    gaveUp,
    ...overrides,
  };
}

const until = async (condition: () => boolean, ms = 2000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('restart delays', () => {
  it('double from the first delay and stop at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => restartDelayMs(attempt, 1000, 30_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });
});

describe('a supervised server', () => {
  it('is launched again after an exit no one asked for, and runs again', async () => {
    const first = fakeServer(1);
    const second = fakeServer(2);
    const p = policy();
    const supervisor = supervise(first, async () => second, p);
    expect(supervisor.state()).toEqual({ status: 'running', pid: 1 });

    first.crash();
    await until(() => supervisor.state().status === 'restarting');
    expect(supervisor.state()).toEqual({
      status: 'restarting',
      reason: 'the server (pid 1) exited, killed by SIGKILL',
      attempt: 1,
      maxAttempts: 3,
    });
    await until(() => supervisor.state().status === 'running');
    expect(supervisor.state()).toEqual({ status: 'running', pid: 2 });
    expect(supervisor.current()).toBe(second);
    expect(p.lines).toEqual([
      'Neo4j is down (the server (pid 1) exited, killed by SIGKILL): restart 1 of 3 in 10 ms',
      'Neo4j is back (pid 2) after restart 1 of 3',
    ]);
    await supervisor.stop();
    expect(second.stopped).toBe(true);
  });

  it('is not launched again after a stop we asked for', async () => {
    const first = fakeServer(1);
    const relaunch = jest.fn(async () => fakeServer(2));
    const supervisor = supervise(first, relaunch, policy());
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(relaunch).not.toHaveBeenCalled();
    expect(supervisor.state()).toEqual({ status: 'stopped' });
  });

  it('is not launched when the stop comes while it waits to restart', async () => {
    const first = fakeServer(1);
    const relaunch = jest.fn(async () => fakeServer(2));
    const supervisor = supervise(first, relaunch, policy({ initialDelayMs: 200 }));
    first.crash();
    await until(() => supervisor.state().status === 'restarting');
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 250));
    expect(relaunch).not.toHaveBeenCalled();
    expect(supervisor.state()).toEqual({ status: 'stopped' });
  });

  it('gives up after the configured attempts, once, with the last failure', async () => {
    const first = fakeServer(1);
    let launches = 0;
    const onFailed = jest.fn();
    const p = policy();
    const supervisor = supervise(
      first,
      async () => {
        launches += 1;
        throw new Error(`Port 7687 on 127.0.0.1 is already in use (launch ${launches})\nmore detail`);
      },
      p,
      onFailed,
    );
    first.crash();
    await until(() => p.gaveUp.length > 0);
    expect(launches).toBe(3);
    expect(onFailed).toHaveBeenCalledTimes(1);
    expect(p.gaveUp).toEqual([
      'Neo4j could not be restarted after 3 attempts: Port 7687 on 127.0.0.1 is already in use (launch 3)\nmore detail',
    ]);
    expect(supervisor.state()).toEqual({
      status: 'failed',
      reason: 'restart 3 failed: Port 7687 on 127.0.0.1 is already in use (launch 3)',
    });
    expect(p.lines.map((line) => /restart (\d) of 3 in (\d+) ms/.exec(line)?.slice(1))).toEqual([
      ['1', '10'],
      ['2', '20'],
      ['3', '40'],
    ]);
  });

  it('without a restart policy fails at the first exit and launches nothing', async () => {
    const first = fakeServer(1);
    const relaunch = jest.fn(async () => fakeServer(2));
    const onFailed = jest.fn();
    const supervisor = supervise(first, relaunch, undefined, onFailed);
    first.crash();
    await until(() => supervisor.state().status === 'failed');
    expect(relaunch).not.toHaveBeenCalled();
    expect(onFailed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['counts from 1 again after a crash of a server that had run stably', 0, 'restart 1 of 3'],
    ['keeps counting when the restarted server crashes again soon (a crash loop ends)', 60_000, 'restart 2 of 3'],
  ])('%s', async (_title, stableAfterMs, secondLine) => {
    const servers = [fakeServer(1), fakeServer(2), fakeServer(3)];
    let next = 1;
    const p = policy({ stableAfterMs });
    const supervisor = supervise(servers[0]!, async () => servers[next++]!, p);
    servers[0]!.crash();
    await until(() => supervisor.current() === servers[1]);
    servers[1]!.crash();
    await until(() => supervisor.current() === servers[2]);
    expect(p.lines[2]).toContain(secondLine);
    await supervisor.stop();
  });
});
