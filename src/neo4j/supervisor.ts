/** One run of a server process, as the supervisor sees it. */
export interface ServerProcess {
  pid: number;
  /** Resolves, with how ("killed by SIGKILL", "exit code 1"), when the process has exited, whoever stopped it. */
  exited: Promise<string>;
  stop(): Promise<void>;
  /** Synchronous, for process.on('exit'): nothing asynchronous runs there. */
  killNow(): void;
}

export interface RestartPolicy {
  /** Restarts tried in a row before giving up; 0 gives up at the first unexpected exit. */
  maxAttempts: number;
  /** The wait before the first restart; each further attempt waits twice as long, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** A server that ran this long before exiting counts as healed: the next crash starts again at attempt 1. */
  stableAfterMs?: number;
  log(line: string): void;
  /** Called once when the server is down for good: the caller decides (the app exits for an outer supervisor). */
  onGiveUp(reason: string): void;
}

export type SupervisedState =
  | { status: 'running'; pid: number }
  | { status: 'restarting'; reason: string; attempt: number; maxAttempts: number }
  | { status: 'failed'; reason: string }
  | { status: 'stopped' };

export interface Supervisor {
  state(): SupervisedState;
  current(): ServerProcess | undefined;
  /** A stop we asked for: never followed by a restart, also when it comes in the middle of one. */
  stop(): Promise<void>;
}

/** 1 s, 2 s, 4 s … capped: a crash loop does not spin, and one crash heals in a second. */
export function restartDelayMs(attempt: number, initialDelayMs: number, maxDelayMs: number): number {
  return Math.min(initialDelayMs * 2 ** Math.max(0, attempt - 1), maxDelayMs);
}

const NO_RESTART: RestartPolicy = {
  maxAttempts: 0,
  initialDelayMs: 0,
  maxDelayMs: 0,
  log: () => undefined,
  onGiveUp: () => undefined,
};

/**
 * Watches `first` and, when it exits while no one asked it to stop, launches it again with
 * exponential backoff. `relaunch` must abort (kill what it started, reject) when its signal fires.
 * Without a policy nothing is restarted: the state becomes `failed` and `onFailed` still runs.
 */
export function supervise(
  first: ServerProcess,
  relaunch: (signal: AbortSignal) => Promise<ServerProcess>,
  policy: RestartPolicy = NO_RESTART,
  onFailed: () => void = () => undefined,
): Supervisor {
  let current: ServerProcess | undefined = first;
  let state: SupervisedState = { status: 'running', pid: first.pid };
  let stopping = false;
  const abort = new AbortController();
  let restarting: Promise<void> | undefined;
  let attemptsSoFar = 0;
  let runningSince = Date.now();

  const watch = (server: ServerProcess): void => {
    void server.exited.then((why) => {
      if (stopping || server !== current) return;
      current = undefined;
      if (Date.now() - runningSince >= (policy.stableAfterMs ?? 60_000)) attemptsSoFar = 0;
      restarting = restart(`the server (pid ${server.pid}) exited, ${why}`);
    });
  };

  const restart = async (firstReason: string): Promise<void> => {
    let reason = firstReason;
    // The whole error, Neo4j's log tail included, for the give-up message; the state keeps one line.
    let detail = firstReason;
    while (attemptsSoFar < policy.maxAttempts) {
      attemptsSoFar += 1;
      const attempt = attemptsSoFar;
      const delay = restartDelayMs(attempt, policy.initialDelayMs, policy.maxDelayMs);
      state = { status: 'restarting', reason, attempt, maxAttempts: policy.maxAttempts };
      policy.log(`Neo4j is down (${reason}): restart ${attempt} of ${policy.maxAttempts} in ${delay} ms`);
      if (!(await sleep(delay, abort.signal))) return;
      try {
        const server = await relaunch(abort.signal);
        if (stopping) {
          await server.stop();
          return;
        }
        current = server;
        runningSince = Date.now();
        state = { status: 'running', pid: server.pid };
        policy.log(`Neo4j is back (pid ${server.pid}) after restart ${attempt} of ${policy.maxAttempts}`);
        watch(server);
        return;
      } catch (error) {
        if (stopping) return;
        detail = (error as Error).message;
        reason = `restart ${attempt} failed: ${firstLine(detail)}`;
      }
    }
    state = { status: 'failed', reason };
    onFailed();
    policy.onGiveUp(
      policy.maxAttempts === 0
        ? `Neo4j is down (${reason}) and restarts are off`
        : `Neo4j could not be restarted after ${policy.maxAttempts} attempts: ${detail}`,
    );
  };

  watch(first);
  return {
    state: () => state,
    current: () => current,
    stop: async () => {
      stopping = true;
      abort.abort();
      await restarting;
      await current?.stop();
      current = undefined;
      state = { status: 'stopped' };
    },
  };
}

/** Resolves true after `ms`, or false at once when the signal fires. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const firstLine = (text: string): string => text.split('\n')[0] ?? text;
