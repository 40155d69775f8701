import { parseArgs } from 'node:util';
import { curatorNameProblem } from './curator-name';
import type { MintRequest } from './mint';
import type { Role } from './types';

export const MINT_USAGE = 'usage: npm run token -- --sub <curator> [--roles editor[,admin]] [--hours 8]';
const KNOWN_ROLES: readonly string[] = ['editor', 'admin'] satisfies Role[];

/** Reads `npm run token` arguments; throws with the usage line when they don't make a token. */
export function parseMintArgs(argv: string[]): MintRequest {
  const values = readOptions(argv);
  const problems: string[] = [];
  const sub = values.sub?.trim() ?? '';
  const subProblem = curatorNameProblem(sub);
  if (subProblem) problems.push(`--sub ${subProblem}`);
  const roles = (values.roles ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !KNOWN_ROLES.includes(role));
  if (unknown.length > 0) problems.push(`--roles may hold editor and admin only, got ${unknown.join(', ')}`);
  const hours = Number(values.hours ?? 8);
  // The longest allowed is the server's AUTH_JWT_MAX_LIFETIME_H, which mintCuratorToken checks.
  if (!Number.isFinite(hours) || hours <= 0) problems.push(`--hours must be a number above 0, got "${values.hours}"`);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${MINT_USAGE}`);
  return { sub, roles: roles as Role[], hours };
}

function readOptions(argv: string[]): { sub?: string; roles?: string; hours?: string } {
  try {
    const options = { sub: { type: 'string' }, roles: { type: 'string' }, hours: { type: 'string' } } as const;
    return parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    // parseArgs names the unknown or incomplete option; the usage line says what it expected instead.
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${MINT_USAGE}`);
  }
}
