import type { AllianceRecord } from '../../../alliance/records';
import type { ConflictRecord } from '../../../conflict/records';
import type { OperationRecord } from '../../../operation/records';
import type { StateRecord } from '../../../state/records';
import type { TreatyRecord } from '../../../treaty/records';
import type { ActorRecord } from '../../../entity/any';
import type { RelationEdge } from '../../../relation/records';
import type { Resolvers } from '../../generated/resolvers-types';
import { coalitionField, parentOf, partyFields, periodFields, roleField } from './relation-fields';

// Each edge is one stored relationship seen from the entity whose field was asked for (the
// parent); `node` is the other end. These resolvers say which end plays which part.
const node = <R>(e: RelationEdge) => e.node as unknown as R;

export const edgeResolvers: Resolvers = {
  AllianceMemberEdge: {
    ...periodFields,
    ...roleField,
    node: (e) => node<StateRecord>(e),
    state: (e) => node<StateRecord>(e),
    alliance: (e, _a, ctx) => parentOf<AllianceRecord>(e, ctx),
  },
  StateMembershipEdge: {
    ...periodFields,
    ...roleField,
    node: (e) => node<AllianceRecord>(e),
    alliance: (e) => node<AllianceRecord>(e),
    state: (e, _a, ctx) => parentOf<StateRecord>(e, ctx),
  },
  TreatyPartyEdge: {
    ...partyFields,
    node: (e) => node<StateRecord>(e),
    state: (e) => node<StateRecord>(e),
    treaty: (e, _a, ctx) => parentOf<TreatyRecord>(e, ctx),
  },
  StateTreatyEdge: {
    ...partyFields,
    node: (e) => node<TreatyRecord>(e),
    treaty: (e) => node<TreatyRecord>(e),
    state: (e, _a, ctx) => parentOf<StateRecord>(e, ctx),
  },
  ConflictParticipantEdge: {
    ...periodFields,
    node: (e) => node<ActorRecord>(e),
    conflict: (e, _a, ctx) => parentOf<ConflictRecord>(e, ctx),
    side: (e) => e.rel.side ?? null,
    ...coalitionField,
    role: (e) => (e.rel.role ?? 'BELLIGERENT') as 'BELLIGERENT',
  },
  Participation: {
    ...periodFields,
    actor: (e, _a, ctx) => parentOf<ActorRecord>(e, ctx),
    conflict: (e) => node<ConflictRecord>(e),
    side: (e) => e.rel.side ?? null,
    ...coalitionField,
    role: (e) => (e.rel.role ?? 'BELLIGERENT') as 'BELLIGERENT',
  },
  OperationParticipation: {
    ...periodFields,
    actor: (e) => node<ActorRecord>(e),
    operation: (e, _a, ctx) => parentOf<OperationRecord>(e, ctx),
    role: (e) => (e.rel.role ?? 'CONTRIBUTOR') as 'CONTRIBUTOR',
  },
  Succession: {
    predecessor: (e, _a, ctx) => (e.direction === 'in' ? e.node : parentOf(e, ctx)),
    successor: (e, _a, ctx) => (e.direction === 'out' ? e.node : parentOf(e, ctx)),
    date: (e) => e.rel.date ?? null,
    datePrecision: (e) => e.rel.datePrecision ?? null,
    note: (e) => e.rel.note ?? null,
    sources: periodFields.sources,
  },
  Pledge: {
    state: (p) => p.pledger,
    protects: (p) => p.protected,
    type: (p) => p.rel.type as 'DEFENSE',
    conditional: (p) => p.rel.conditional ?? false,
    from: (p) => p.rel.from ?? null,
    until: (p) => p.rel.until ?? null,
    via: (p, _a, { loaders }) => loaders.entity.load(p.rel.via as string) as Promise<TreatyRecord>,
    note: (p) => p.rel.note ?? null,
    sources: (p, a, ctx) => periodFields.sources({ rel: p.rel } as RelationEdge, a, ctx),
  },
  MembershipEvent: {
    state: (e, _a, { loaders }) => loaders.entity.load(e.stateId) as Promise<StateRecord>,
    alliance: (e, _a, { loaders }) => loaders.entity.load(e.allianceId) as Promise<AllianceRecord>,
    role: (e) => e.role as 'MEMBER',
    sources: (e, _a, ctx) => periodFields.sources({ rel: { sourceIds: e.sourceIds } } as RelationEdge, _a, ctx),
  },
  Claim: { sources: (c, _a, ctx) => periodFields.sources({ rel: { sourceIds: c.sourceIds } } as RelationEdge, _a, ctx) },
  Membership: { __resolveType: (e) => (e.node.label === 'State' ? 'AllianceMemberEdge' : 'StateMembershipEdge') },
  TreatyParty: { __resolveType: (e) => (e.node.label === 'State' ? 'TreatyPartyEdge' : 'StateTreatyEdge') },
};
