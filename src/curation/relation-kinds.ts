import type { RelationshipType, EntityLabel } from '../shared/labels';

/** One kind of dated relationship curators add and end: who is at each end and what it is called. */
export interface RelationKind {
  type: Extract<RelationshipType, 'MEMBER_OF' | 'PARTY_TO' | 'PARTICIPATED_IN'>;
  /** A word for errors: "membership". */
  what: string;
  startField: 'stateId' | 'actorId';
  endField: 'allianceId' | 'treatyId' | 'conflictId';
  startLabels: EntityLabel[];
  endLabel: EntityLabel;
}

export const MEMBERSHIP: RelationKind = {
  type: 'MEMBER_OF',
  what: 'membership',
  startField: 'stateId',
  endField: 'allianceId',
  startLabels: ['State'],
  endLabel: 'Alliance',
};

export const TREATY_PARTY: RelationKind = {
  type: 'PARTY_TO',
  what: 'treaty party period',
  startField: 'stateId',
  endField: 'treatyId',
  startLabels: ['State'],
  endLabel: 'Treaty',
};

export const PARTICIPATION: RelationKind = {
  type: 'PARTICIPATED_IN',
  what: 'participation',
  startField: 'actorId',
  endField: 'conflictId',
  startLabels: ['State', 'Alliance'],
  endLabel: 'Conflict',
};
