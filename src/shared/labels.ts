/** The kinds of entity, as node labels (every entity node also has `Entity`) and GraphQL type names. */
export const ENTITY_LABELS = ['Source', 'State', 'Alliance', 'Treaty', 'Conflict', 'Operation'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every kind but sources: what analysts search, resolve names to and link in paths. */
export const FACT_LABELS = ['State', 'Alliance', 'Treaty', 'Conflict', 'Operation'] as const satisfies readonly EntityLabel[];

/** The GraphQL EntityType values (search and resolve `types`) as labels. */
export const LABEL_OF_ENTITY_TYPE: Record<string, EntityLabel> = {
  STATE: 'State',
  ALLIANCE: 'Alliance',
  TREATY: 'Treaty',
  CONFLICT: 'Conflict',
  OPERATION: 'Operation',
  SOURCE: 'Source',
};

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
