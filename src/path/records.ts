import type { ObligationType } from '../shared/obligations';
import type { AnyEntity } from '../entity/any';
import type { RelationshipProps } from '../relation/records';

export interface SegmentRecord {
  type: string;
  start: AnyEntity;
  end: AnyEntity;
  rel: RelationshipProps;
}

export interface PathRecord {
  nodes: AnyEntity[];
  segments: SegmentRecord[];
}

export interface SubgraphRecord {
  nodes: AnyEntity[];
  segments: SegmentRecord[];
  truncated: boolean;
}

/** One state and every commitment that obliges it to defend the same state. */
export interface DefenderRecord {
  state: AnyEntity;
  conditional: boolean;
  routes: CommitmentRecord[];
}

export interface CommitmentRecord {
  state: AnyEntity;
  via: AnyEntity;
  obligation: ObligationType;
  conditional: boolean;
  from: string | null;
  until: string | null;
  sourceIds: string[];
}
