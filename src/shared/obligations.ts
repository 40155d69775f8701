/** What a treaty or alliance binds its parties to (schema/base.graphql, ObligationType). */
export const OBLIGATION_TYPES = ['DEFENSE', 'OFFENSE', 'NEUTRALITY', 'NONAGGRESSION', 'CONSULTATION'] as const;
export type ObligationType = (typeof OBLIGATION_TYPES)[number];
