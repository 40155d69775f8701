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

export interface CommitmentRecord {
  state: AnyEntity;
  via: AnyEntity;
  conditional: boolean;
  from: string | null;
  until: string | null;
  sourceIds: string[];
}
