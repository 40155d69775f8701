import { GraphQLError } from 'graphql';
import type { ProblemLog } from '../data/problems';
import { ErrorCode } from '../shared/error-codes';

/** One offending field of a mutation's input, as `input.from`, and what is expected of it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Collects every problem of one input, so that the error names them all rather than the first. */
export class InputProblems {
  readonly list: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  /** Problems the data loader's own checks logged (their file is "input", their path the field). */
  addFromLog(log: ProblemLog): void {
    for (const problem of log.problems) this.add(problem.path ? `input.${problem.path}` : 'input', problem.reason);
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw invalidInput(this.list);
  }
}

export function invalidInput(problems: FieldProblem[]): GraphQLError {
  const lines = problems.map((p) => `${p.field}: ${p.message}`);
  return new GraphQLError(`Invalid input, nothing was written. ${lines.join('; ')}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields: problems },
  });
}

/** A stale expectedVersion: someone else changed the record since the client read it. */
export function versionConflict(what: string, expected: number, current: number | null): GraphQLError {
  const now = current === null ? 'it does not exist' : `its version is now ${current}`;
  return new GraphQLError(`${what} was expected at version ${expected}, but ${now}: read it again and retry`, {
    extensions: { code: ErrorCode.CONFLICT, currentVersion: current },
  });
}
