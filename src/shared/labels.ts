/** The kinds of entity, as node labels (every entity node also has `Entity`) and GraphQL type names. */
export const ENTITY_LABELS = ['Source', 'State', 'Alliance', 'Treaty', 'Conflict', 'Operation'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The relationship types of the graph. */
export const RELATIONSHIP_TYPES = [
  'MEMBER_OF',
  'PARTY_TO',
  'ESTABLISHES',
  'PLEDGES',
  'PARTICIPATED_IN',
  'CONDUCTED',
  'PART_OF',
  'AUTHORIZED',
  'SUCCEEDED_BY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
