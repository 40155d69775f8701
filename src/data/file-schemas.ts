import { z } from 'zod';
import { OBLIGATION_TYPES } from '../shared/obligations';

export { OBLIGATION_TYPES };

/** The shapes of the YAML files in data/ (data/README.md documents them for curators). */

const id = z.string().trim().min(1);
const text = z.string().trim().min(1);
const dateText = z.union([z.string(), z.number()]);
const optionalDate = dateText.nullish();
const sourceIds = z.array(id).min(1, 'at least one source is required');
const aliases = z.array(text).default([]);
const note = z.string().nullish();

export const ALLIANCE_KINDS = [
  'MILITARY_ALLIANCE',
  'COLLECTIVE_SECURITY_ORGANIZATION',
  'REGIONAL_ORGANIZATION',
  'SECURITY_FORUM',
  'POLITICAL_ECONOMIC_BLOC',
  'INTERNATIONAL_ORGANIZATION',
  // The states fighting on one side of a war (the Allies, the Central Powers): conflict
  // participants name it as their `coalition`, so a side is asked for the same way in every war.
  'WARTIME_COALITION',
] as const;
export const MEMBERSHIP_ROLES = ['MEMBER', 'OBSERVER', 'PARTNER', 'SUSPENDED'] as const;
/** Organs with two kinds of seat (the Security Council's permanent and elected members). */
export const SEATS = ['PERMANENT', 'ELECTED'] as const;
export const TREATY_KINDS = ['TREATY', 'BILATERAL_DEFENSE_PACT', 'PROTOCOL', 'UNSC_RESOLUTION', 'DECLARATION'] as const;
export const CONFLICT_KINDS = ['WAR', 'ARMED_CONFLICT', 'CIVIL_WAR', 'CRISIS', 'DISPUTE'] as const;
export const PARTICIPANT_ROLES = ['BELLIGERENT', 'INTERVENER', 'SUPPORTER'] as const;
export const CONDUCTOR_ROLES = ['LEAD', 'CONTRIBUTOR'] as const;
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

const obligation = z.object({ type: z.enum(OBLIGATION_TYPES), conditional: z.boolean().default(false), note }).strict();
// A claim's value is kept as text: a date, a year, or a list of ids (joined with ", ").
const claimValue = z.union([z.string(), z.number(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v.join(', ') : String(v)));
const claim = z.object({ field: text, value: claimValue, sourceIds, note }).strict();
const entityBase = { id, name: text, aliases, sourceIds, notes: note, claims: z.array(claim).default([]) };

export const sourceFile = z.array(
  z
    .object({
      id,
      title: text,
      author: z.string().nullish(),
      publisher: z.string().nullish(),
      year: z.number().int().nullish(),
      url: z.string().url().nullish(),
      note,
    })
    .strict(),
);

export const statesFile = z.array(
  z
    .object({
      ...entityBase,
      iso2: z.string().length(2).nullish(),
      iso3: z.string().length(3).nullish(),
      // ISO 3166-1 numeric (the UN M49 country code), as a number: 840, not "840".
      isoNumeric: z.number().int().min(1).max(999).nullish(),
      cowCode: z.number().int().nullish(),
      gwCode: z.number().int().nullish(),
      region: z.enum(REGIONS).nullish(),
      unStatus: z.enum(['MEMBER', 'OBSERVER']).nullish(),
      from: optionalDate,
      until: optionalDate,
      succeededBy: z.array(z.object({ state: id, date: optionalDate, sourceIds, note }).strict()).default([]),
    })
    .strict(),
);

const period = { from: optionalDate, until: optionalDate, sourceIds, note };

export const memberRow = z
  .object({
    state: id,
    role: z.enum(MEMBERSHIP_ROLES, {
      errorMap: (issue, ctx) =>
        ctx.data === 'FOUNDING'
          ? { message: 'FOUNDING is no longer a role: write founding: true (the role stays MEMBER)' }
          : { message: ctx.defaultError },
    }).default('MEMBER'),
    founding: z.boolean().default(false),
    seat: z.enum(SEATS).nullish(),
    ...period,
  })
  .strict();

export const allianceFile = z
  .object({
    ...entityBase,
    kind: z.enum(ALLIANCE_KINDS),
    obligations: z.array(obligation).default([]),
    founded: optionalDate,
    dissolved: optionalDate,
    parent: id.nullish(),
    succeededBy: z.array(z.object({ alliance: id, date: optionalDate, sourceIds, note }).strict()).default([]),
    members: z.array(memberRow).default([]),
  })
  .strict();

export const partyRow = z.object({ state: id, signed: optionalDate, obligations: z.array(obligation).nullish(), ...period }).strict();

export const treatyFile = z
  .object({
    ...entityBase,
    kind: z.enum(TREATY_KINDS),
    signed: optionalDate,
    inForce: optionalDate,
    terminated: optionalDate,
    obligations: z.array(obligation).default([]),
    establishes: z.array(z.object({ alliance: id, sourceIds, note }).strict()).default([]),
    parties: z.array(partyRow).default([]),
    pledges: z
      .array(
        z
          .object({ state: id, protects: id, type: z.enum(OBLIGATION_TYPES), conditional: z.boolean().default(false), ...period })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const participantRow = z
  .object({ entity: id, side: z.string().nullish(), coalition: id.nullish(), role: z.enum(PARTICIPANT_ROLES), ...period })
  .strict();

export const conflictFile = z
  .object({
    ...entityBase,
    kind: z.enum(CONFLICT_KINDS),
    started: optionalDate,
    ended: optionalDate,
    partOf: z.array(z.object({ conflict: id, sourceIds, note }).strict()).default([]),
    participants: z.array(participantRow).default([]),
  })
  .strict();

export const conductorRow = z.object({ entity: id, role: z.enum(CONDUCTOR_ROLES), ...period }).strict();

export const operationFile = z
  .object({
    ...entityBase,
    kind: z.string().trim().nullish(),
    started: optionalDate,
    ended: optionalDate,
    partOf: z.array(z.object({ conflict: id, sourceIds, note }).strict()).default([]),
    authorizedBy: z.array(z.object({ treaty: id, date: optionalDate, sourceIds, note }).strict()).default([]),
    conductedBy: z.array(conductorRow).default([]),
  })
  .strict();

export type SourceRow = z.infer<typeof sourceFile>[number];
export type StateRow = z.infer<typeof statesFile>[number];
export type AllianceDoc = z.infer<typeof allianceFile>;
export type TreatyDoc = z.infer<typeof treatyFile>;
export type ConflictDoc = z.infer<typeof conflictFile>;
export type OperationDoc = z.infer<typeof operationFile>;
