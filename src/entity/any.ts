import type { SourceRecord } from '../source/records';
import type { StateRecord } from '../state/records';

/** Every entity record the API knows; the label tells which. */
export type AnyEntity = StateRecord | SourceRecord;
