/** One thing wrong with the curated data: where it is and why it is wrong. */
export interface Problem {
  file: string;
  path: string;
  reason: string;
}

export class DataProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The curated data has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.reason}`).join('\n'),
    );
  }
}

/** Collects problems for one file, with paths relative to it. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  add(file: string, path: (string | number)[] | string, reason: string): void {
    this.problems.push({ file, path: Array.isArray(path) ? formatPath(path) : path, reason });
  }
}

function formatPath(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
