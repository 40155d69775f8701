import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../helpers/app';
import { dataOrThrow, edgesOf, walk, type Page } from '../helpers/paging';

/**
 * Known answers about the curated data, asked through the API: who was a member, party,
 * participant or conductor on a day, with the filters an analyst would use. Each file in
 * known-answers/ belongs to one group of data/ and states only what that group's sources say.
 */
const DIR = path.join(__dirname, 'known-answers');

const ids = z.array(z.string()).optional();
const answer = z
  .object({
    alliance: z.string().optional(),
    treaty: z.string().optional(),
    conflict: z.string().optional(),
    operation: z.string().optional(),
    asOf: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
    role: z.string().optional(),
    founding: z.boolean().optional(),
    seat: z.string().optional(),
    side: z.string().optional(),
    coalition: z.string().optional(),
    count: z.number().int().optional(),
    includes: ids,
    excludes: ids,
    note: z.string().optional(),
  })
  .strict()
  .refine((a) => [a.alliance, a.treaty, a.conflict, a.operation].filter(Boolean).length === 1, 'name exactly one entity')
  .refine((a) => a.count !== undefined || a.includes || a.excludes, 'give a count, includes or excludes');
type Answer = z.infer<typeof answer>;

const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
function answersOf(file: string): Answer[] {
  const result = z.array(answer).safeParse(parse(readFileSync(path.join(DIR, file), 'utf8')));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  row ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`known-answers/${file} is not well formed:\n${problems.join('\n')}`);
}

const PAGED = {
  alliance: `query ($id: ID!, $asOf: Date, $role: MembershipRole, $founding: Boolean, $seat: Seat, $after: String) {
    entity: alliance(id: $id) { rows: members(asOf: $asOf, role: $role, founding: $founding, seat: $seat, first: 100, after: $after) {
      edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
  treaty: `query ($id: ID!, $asOf: Date, $after: String) {
    entity: treaty(id: $id) { rows: parties(asOf: $asOf, first: 100, after: $after) {
      edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
  conflict: `query ($id: ID!, $asOf: Date, $side: String, $coalition: ID, $after: String) {
    entity: conflict(id: $id) { rows: participants(asOf: $asOf, side: $side, coalition: $coalition, first: 100, after: $after) {
      edges { node { ... on Entity { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
};
const CONDUCTORS = `query ($id: ID!, $asOf: Date) { entity: operation(id: $id) { conductedBy(asOf: $asOf) { actor { ... on Entity { id } } } } }`;

/** The ids on the answer's day, after its filters, every page of them. */
async function idsOn(app: TestApp, a: Answer): Promise<string[]> {
  const vars = { asOf: a.asOf, role: a.role, founding: a.founding, seat: a.seat, side: a.side, coalition: a.coalition };
  if (a.operation) {
    const data = await dataOrThrow(app, CONDUCTORS, { id: a.operation, asOf: a.asOf });
    if (!data.entity) throw new Error(`no operation "${a.operation}"`);
    return data.entity.conductedBy.map((row: { actor: { id: string } }) => row.actor.id);
  }
  const kind = a.alliance ? 'alliance' : a.treaty ? 'treaty' : 'conflict';
  const id = (a.alliance ?? a.treaty ?? a.conflict) as string;
  const pages = await walk(async (after) => {
    const data = await dataOrThrow(app, PAGED[kind], { id, after, ...vars });
    if (!data.entity) throw new Error(`no ${kind} "${id}"`);
    return data.entity.rows as Page;
  }, 'forward');
  return edgesOf(pages, 'forward').map((edge) => edge.node.id as string);
}

const describeAnswer = (a: Answer): string => {
  const filters = ['role', 'founding', 'seat', 'side', 'coalition']
    .filter((k) => a[k as keyof Answer] !== undefined)
    .map((k) => `${k} ${String(a[k as keyof Answer])}`);
  const what = [
    a.count !== undefined && `${a.count} rows`,
    a.includes && `has ${a.includes.join(' ')}`,
    a.excludes && `not ${a.excludes.join(' ')}`,
  ];
  return `${a.alliance ?? a.treaty ?? a.conflict ?? a.operation} on ${a.asOf}${filters.length ? ` (${filters.join(', ')})` : ''}: ${what.filter(Boolean).join('; ')}`;
};

describe('known answers on the curated data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('has a file of answers for each group, each one well formed', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(answersOf(file).length).toBeGreaterThan(0);
  });

  describe.each(files)('%s', (file) => {
    it.each(answersOf(file).map((a) => [describeAnswer(a), a] as const))('%s', async (_title, a) => {
      const found = await idsOn(app, a);
      if (a.count !== undefined) expect(found).toHaveLength(a.count);
      for (const id of a.includes ?? []) expect(found).toContain(id);
      for (const id of a.excludes ?? []) expect(found).not.toContain(id);
    });
  });
});
