import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema/ and point at what repositories return (mappers),
// not at the GraphQL types, so a resolver that forgets a field fails the typecheck.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../../context#Context',
        useIndexSignature: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { Date: 'string', ID: 'string' },
        mappers: {
          State: '../../state/records#StateRecord',
          Source: '../../source/records#SourceRecord',
          Alliance: '../../alliance/records#AllianceRecord',
          Treaty: '../../treaty/records#TreatyRecord',
          Conflict: '../../conflict/records#ConflictRecord',
          Operation: '../../operation/records#OperationRecord',
          Claim: '../../entity/claims#ClaimRecord',
          Obligation: '../../entity/obligations#ObligationRecord',
          Succession: '../../relation/records#RelationEdge',
          AllianceMemberEdge: '../../relation/records#RelationEdge',
          StateMembershipEdge: '../../relation/records#RelationEdge',
          TreatyPartyEdge: '../../relation/records#RelationEdge',
          StateTreatyEdge: '../../relation/records#RelationEdge',
          ConflictParticipantEdge: '../../relation/records#RelationEdge',
          Participation: '../../relation/records#RelationEdge',
          OperationParticipation: '../../relation/records#RelationEdge',
          Membership: '../../relation/records#RelationEdge',
          TreatyParty: '../../relation/records#RelationEdge',
          Pledge: '../../relation/loaders#PledgeRecord',
          MembershipEvent: '../../alliance/timeline#MembershipEventRecord',
          StateTimelineEvent: '../../state/timeline#StateTimelineEventRecord',
          Path: '../../path/records#PathRecord',
          PathSegment: '../../path/records#SegmentRecord',
          Subgraph: '../../path/records#SubgraphRecord',
          Commitment: '../../path/records#CommitmentRecord',
        },
      },
    },
  },
  hooks: {},
};

export default config;
