import type { StateRecord } from '../../../state/records';
import type { RelationEdge } from '../../../relation/records';
import type { Resolvers } from '../../generated/resolvers-types';
import { periodFields } from './relation-fields';

export const pathResolvers: Resolvers = {
  Path: { length: (path) => path.segments.length },
  PathSegment: {
    from: (s) => s.rel.from ?? null,
    until: (s) => s.rel.until ?? null,
    role: (s) => s.rel.role ?? null,
    sources: (s, a, ctx) => periodFields.sources({ rel: s.rel } as RelationEdge, a, ctx),
  },
  EscalationEntry: {
    state: (e) => e.state as StateRecord,
    for: async (e, _a, { loaders }) => (await loaders.entity.load(e.forId)) as StateRecord,
    against: async (e, _a, { loaders }) => (e.againstId ? ((await loaders.entity.load(e.againstId)) as StateRecord) : null),
  },
  Defender: {
    state: (d) => d.state as StateRecord,
  },
  Commitment: {
    state: (c) => c.state as StateRecord,
    obligation: (c) => c.obligation,
    sources: (c, a, ctx) => periodFields.sources({ rel: { sourceIds: c.sourceIds } } as RelationEdge, a, ctx),
  },
  StateTimelineEvent: {
    state: (e, _a, { loaders }) => loaders.entity.load(e.stateId) as Promise<StateRecord>,
    subject: async (e, _a, { loaders }) => (await loaders.entity.load(e.subjectId))!,
    role: (e) => e.role as 'MEMBER' | null,
    sources: (e, a, ctx) => periodFields.sources({ rel: { sourceIds: e.sourceIds } } as RelationEdge, a, ctx),
  },
};
