import type { AllianceRecord } from '../alliance/records';
import type { ConflictRecord } from '../conflict/records';
import type { OperationRecord } from '../operation/records';
import type { SourceRecord } from '../source/records';
import type { StateRecord } from '../state/records';
import type { TreatyRecord } from '../treaty/records';

/** Every entity record the API knows; the label tells which. */
export type AnyEntity = StateRecord | SourceRecord | AllianceRecord | TreatyRecord | ConflictRecord | OperationRecord;
/** States and alliances act: they join conflicts and conduct operations. */
export type ActorRecord = StateRecord | AllianceRecord;
