import { DateScalar } from '../scalars/date';
import { DateTimeScalar, JsonScalar } from '../scalars/date-time';
import { PartialDateScalar } from '../scalars/partial-date';
import type { Resolvers } from '../generated/resolvers-types';
import { upsertState } from './Mutation/upsertState';
import { upsertAlliance } from './Mutation/upsertAlliance';
import { upsertTreaty } from './Mutation/upsertTreaty';
import { upsertConflict } from './Mutation/upsertConflict';
import { upsertOperation } from './Mutation/upsertOperation';
import { upsertSource } from './Mutation/upsertSource';
import { addMembership } from './Mutation/addMembership';
import { endMembership } from './Mutation/endMembership';
import { addTreatyParty } from './Mutation/addTreatyParty';
import { endTreatyParty } from './Mutation/endTreatyParty';
import { addConflictParticipant } from './Mutation/addConflictParticipant';
import { endConflictParticipant } from './Mutation/endConflictParticipant';
import { deleteEntity } from './Mutation/deleteEntity';
import { revertChange } from './Mutation/revertChange';
import { alliance } from './Query/alliance';
import { changes } from './Query/changes';
import { alliances } from './Query/alliances';
import { conflict } from './Query/conflict';
import { conflicts } from './Query/conflicts';
import { commonAllies } from './Query/commonAllies';
import { defenders } from './Query/defenders';
import { resolve } from './Query/resolve';
import { escalation } from './Query/escalation';
import { entanglement } from './Query/entanglement';
import { neighbourhood } from './Query/neighbourhood';
import { node } from './Query/node';
import { paths } from './Query/paths';
import { shortestPath } from './Query/shortestPath';
import { operation } from './Query/operation';
import { operations } from './Query/operations';
import { search } from './Query/search';
import { source } from './Query/source';
import { state } from './Query/state';
import { states } from './Query/states';
import { treaties } from './Query/treaties';
import { treaty } from './Query/treaty';
import { Alliance } from './types/alliance';
import { changeResolvers } from './types/change';
import { Conflict } from './types/conflict';
import { edgeResolvers } from './types/edges';
import { resolveEntityType } from './types/entity';
import { Operation } from './types/operation';
import { pathResolvers } from './types/path';
import { resolutionResolvers } from './types/resolution';
import { State } from './types/state';
import { Treaty } from './types/treaty';

export const resolvers: Resolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query: {
    node,
    state,
    states,
    source,
    alliance,
    alliances,
    treaty,
    treaties,
    conflict,
    conflicts,
    operation,
    operations,
    search,
    shortestPath,
    paths,
    neighbourhood,
    defenders,
    resolve,
    escalation,
    commonAllies,
    entanglement,
    changes,
  },
  Mutation: {
    upsertState,
    upsertAlliance,
    upsertTreaty,
    upsertConflict,
    upsertOperation,
    upsertSource,
    addMembership,
    endMembership,
    addTreatyParty,
    endTreatyParty,
    addConflictParticipant,
    endConflictParticipant,
    deleteEntity,
    revertChange,
  },
  Node: { __resolveType: resolveEntityType },
  Entity: { __resolveType: resolveEntityType },
  Actor: { __resolveType: resolveEntityType as never },
  State,
  Alliance,
  Treaty,
  Conflict,
  Operation,
  // A source is its own provenance: it lists itself.
  Source: { sources: (source) => [source], aliases: () => [] },
  ...edgeResolvers,
  ...pathResolvers,
  ...resolutionResolvers,
  ...changeResolvers,
};
