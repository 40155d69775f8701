import type { GraphQLResolveInfo } from 'graphql';
import type { AllianceRecord } from '../../../alliance/records';
import type { Context } from '../../../context';
import type { IsoDate } from '../../../dates';
import type { AnyEntity } from '../../../entity/any';
import { loadMany } from '../../../entity/loader';
import { parseObligations } from '../../../entity/obligations';
import { selectsSubfield } from '../../selection';
import { checkPageSize, toConnection, type Connection } from '../../../shared/paging';
import { decodeCursor, relationScope } from '../../../shared/cursor';
import type { RelationEdge } from '../../../relation/records';
import type { RelationshipType, EntityLabel } from '../../../shared/labels';
import type { SourceRecord } from '../../../source/records';
import { plannedOr } from '../../../read/planned';
import { membershipFilter, relationSpec, type RelationSpec } from '../../../shared/relations';

/** The fields every relationship edge resolves from its stored properties. */
export const periodFields = {
  version: (e: RelationEdge) => e.rel.version,
  from: (e: RelationEdge) => e.rel.from ?? null,
  fromPrecision: (e: RelationEdge) => e.rel.fromPrecision ?? null,
  until: (e: RelationEdge) => e.rel.until ?? null,
  untilPrecision: (e: RelationEdge) => e.rel.untilPrecision ?? null,
  note: (e: RelationEdge) => e.rel.note ?? null,
  sources: (e: RelationEdge, _args: unknown, { loaders }: Context) => loadMany<SourceRecord>(loaders.entity, e.rel.sourceIds),
};

type MembershipRole = 'FOUNDING' | 'MEMBER' | 'OBSERVER' | 'PARTNER' | 'SUSPENDED';
type Seat = 'PERMANENT' | 'ELECTED';
export const roleField = {
  role: (e: RelationEdge) => (e.rel.role ?? 'MEMBER') as MembershipRole,
  founding: (e: RelationEdge) => e.rel.founding === true,
  seat: (e: RelationEdge) => (e.rel.seat ?? null) as Seat | null,
};

/** A side's wartime coalition, loaded by id with the request's other entities. */
export const coalitionField = {
  coalition: (e: RelationEdge, _args: unknown, ctx: Context) =>
    e.rel.coalitionId ? (ctx.loaders.entity.load(e.rel.coalitionId) as Promise<AllianceRecord>) : null,
};

export const partyFields = {
  ...periodFields,
  signed: (e: RelationEdge) => e.rel.signed ?? null,
  signedPrecision: (e: RelationEdge) => e.rel.signedPrecision ?? null,
  obligations: (e: RelationEdge) => parseObligations(e.rel.obligationsJson),
};

/** The entity a relation field was asked on: loaded by id, from the request's cache when it is there. */
export const parentOf = <R extends AnyEntity>(e: RelationEdge, ctx: Context): Promise<R> =>
  ctx.loaders.entity.load(e.parentId) as Promise<R>;

export interface PageArgs {
  asOf?: IsoDate | null;
  role?: string | null;
  founding?: boolean | null;
  side?: string | null;
  seat?: string | null;
  coalition?: string | null;
  first?: number | null;
  after?: string | null;
}

/** A paginated relation of one parent, batched with the same field of every other parent in the request. */
export async function relationConnection(
  ctx: Context,
  spec: RelationSpec,
  parentId: string,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<Connection<RelationEdge> & { undatedCount: number }> {
  const size = checkPageSize(args.first, 'first', spec.defaultFirst ?? 50);
  const cursor = decodeCursor(args.after, 'after', relationScope(spec.type, spec.direction));
  const loader = ctx.loaders.relations.paged.get(spec);
  if (!loader) throw new Error(`${spec.owner}.${spec.field} has no paged loader`);
  const page = await loader.load({
    id: parentId,
    params: {
      asOf: args.asOf ?? null,
      ...membershipFilter(args.role ?? null, args.founding ?? null),
      side: args.side ?? null,
      seat: args.seat ?? null,
      coalition: args.coalition ?? null,
      cursorKey: cursor?.key ?? null,
      cursorId: cursor?.id ?? null,
      limit: size + 1,
      withCount: selectsSubfield(info, 'totalCount'),
      withUndated: Boolean(args.asOf) && selectsSubfield(info, 'undatedCount'),
    },
  });
  const connection = toConnection([...page.edges], size, page.totalCount, { backward: false, hadCursor: cursor !== null });
  return { ...connection, undatedCount: page.undatedCount };
}

/** Relationships of one type next to a parent, unpaginated (lists that stay short). */
export function adjacent(
  ctx: Context,
  parentId: string,
  type: RelationshipType,
  direction: 'out' | 'in',
  asOf?: IsoDate | null,
): Promise<RelationEdge[]> {
  return ctx.loaders.relations.adjacency.load({ id: parentId, params: { type, direction, asOf: asOf ?? null } });
}

export async function adjacentNodes<R extends AnyEntity>(
  ctx: Context,
  parentId: string,
  type: RelationshipType,
  direction: 'out' | 'in',
  label?: R['label'],
): Promise<R[]> {
  const edges = await adjacent(ctx, parentId, type, direction);
  return edges.map((e) => e.node).filter((node): node is R => !label || node.label === label);
}

/** Answers a relation of the table the way its kind says, through the loaders. */
async function loadRelation(ctx: Context, spec: RelationSpec, parentId: string, args: PageArgs, info: GraphQLResolveInfo) {
  if (spec.kind === 'page') return relationConnection(ctx, spec, parentId, args, info);
  if (spec.kind === 'edges')
    return adjacent(ctx, parentId, spec.type, spec.direction, spec.filters.includes('asOf') ? args.asOf : null);
  const nodes = await adjacentNodes(ctx, parentId, spec.type, spec.direction, spec.target ?? undefined);
  return spec.kind === 'first' ? (nodes[0] ?? null) : nodes;
}

/**
 * The resolver of a relation field of the table: the answer the root's planned statement fetched
 * when there is one, otherwise the field's loader.
 */
export function relationField(owner: EntityLabel, field: string) {
  const spec = relationSpec(owner, field);
  // The generated resolver types differ per field; every relation field returns what its kind makes.
  return ((parent: AnyEntity, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    plannedOr(parent, field, args, () => loadRelation(ctx, spec, parent.id, args, info))) as never;
}
