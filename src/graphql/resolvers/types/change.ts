import { findChangeById } from '../../../curation/changes';
import { publicSnapshot } from '../../../curation/snapshot';
import type { Resolvers } from '../../generated/resolvers-types';
import { sourcesOf } from './entity';

export const changeResolvers: Resolvers = {
  Change: {
    before: (c) => publicSnapshot(c.before),
    after: (c) => publicSnapshot(c.after),
    sources: (c, a, ctx) => sourcesOf({ sourceIds: c.sourceIds }, a, ctx),
    // The audit trail is append-only, so the reverted record is still there to load.
    revertOf: (c, _a, { db }) => (c.revertOf ? findChangeById(db, c.revertOf) : null),
  },
  StatePayload: { state: (p) => p.entity as never },
  AlliancePayload: { alliance: (p) => p.entity as never },
  TreatyPayload: { treaty: (p) => p.entity as never },
  ConflictPayload: { conflict: (p) => p.entity as never },
  OperationPayload: { operation: (p) => p.entity as never },
  SourcePayload: { source: (p) => p.entity as never },
  MembershipPayload: { membership: (p) => p.edge },
  TreatyPartyPayload: { party: (p) => p.edge },
  ParticipationPayload: { participation: (p) => p.edge },
  DeletePayload: { deletedId: (p) => p.change.targetId },
};
