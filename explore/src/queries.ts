import { graphql } from './gql';

// Every operation the explorer sends, typed from schema/*.graphql by codegen's client preset.

export const SearchQuery = graphql(`
  query ExploreSearch($text: String!) {
    search(text: $text, first: 10) {
      exact
      entity {
        __typename
        id
        name
        ... on State {
          from
          until
        }
        ... on Alliance {
          founded
          dissolved
        }
        ... on Treaty {
          signed
          terminated
        }
        ... on Conflict {
          started
          ended
        }
        ... on Operation {
          started
          ended
        }
      }
    }
  }
`);

export const KindQuery = graphql(`
  query ExploreKind($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
      }
    }
  }
`);

export const AllianceMembersQuery = graphql(`
  query ExploreAllianceMembers($id: ID!, $asOf: Date) {
    alliance(id: $id) {
      id
      name
      members(asOf: $asOf, first: 100) {
        totalCount
        edges {
          from
          until
          role
          state {
            id
            name
          }
        }
      }
    }
  }
`);

/** One link of a chain or a neighbourhood: its kind, dates and role, and its two ends. */
export const SegmentFields = graphql(`
  fragment ExploreSegmentFields on PathSegment {
    type
    from
    until
    role
    start {
      __typename
      id
      name
    }
    end {
      __typename
      id
      name
    }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query ExploreNeighbourhood($id: ID!, $asOf: Date, $hops: Int, $via: [LinkKind!]) {
    neighbourhood(id: $id, asOf: $asOf, hops: $hops, via: $via, first: 100) {
      truncated
      nodes {
        __typename
        id
        name
      }
      segments {
        ...ExploreSegmentFields
      }
    }
  }
`);

/** What the path view draws of a chain: its nodes, and each link with its dates and sources. */
export const PathFields = graphql(`
  fragment ExplorePathFields on Path {
    length
    nodes {
      __typename
      id
      name
    }
    segments {
      ...ExploreSegmentFields
      sources {
        id
        name
        url
      }
    }
  }
`);

export const ShortestPathQuery = graphql(`
  query ExploreShortestPath($from: ID!, $to: ID!, $asOf: Date) {
    shortestPath(from: $from, to: $to, asOf: $asOf) {
      ...ExplorePathFields
    }
  }
`);

export const PathsQuery = graphql(`
  query ExplorePaths($from: ID!, $to: ID!, $asOf: Date) {
    paths(from: $from, to: $to, asOf: $asOf, first: 10) {
      ...ExplorePathFields
    }
  }
`);

export const DefendersQuery = graphql(`
  query ExploreDefenders($of: ID!, $asOf: Date) {
    defenders(of: $of, asOf: $asOf) {
      conditional
      state {
        id
        name
      }
      routes {
        obligation
        conditional
        from
        until
        via {
          __typename
          id
          name
        }
      }
    }
  }
`);

export const AllianceTimelineQuery = graphql(`
  query ExploreAllianceTimeline($id: ID!, $after: String) {
    alliance(id: $id) {
      id
      name
      founded
      dissolved
      members(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          from
          until
          role
          state {
            id
            name
          }
        }
      }
    }
  }
`);

export const StateTimelineQuery = graphql(`
  query ExploreStateTimeline($id: ID!, $after: String) {
    state(id: $id) {
      id
      name
      memberships(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          from
          until
          role
          alliance {
            id
            name
          }
        }
      }
    }
  }
`);

export const EscalationQuery = graphql(`
  query ExploreEscalation($attacker: ID!, $target: ID!, $asOf: Date) {
    escalation(attacker: $attacker, target: $target, asOf: $asOf, rounds: 3) {
      incomplete
      entries {
        round
        side
        obligation
        conditional
        state {
          id
          name
        }
        for {
          id
          name
        }
        against {
          id
        }
        routes {
          via {
            id
            name
          }
        }
      }
    }
  }
`);

export const SuggestQuery = graphql(`
  query ExploreSuggest($text: String!, $types: [EntityType!]) {
    search(text: $text, types: $types, first: 8) {
      entity {
        __typename
        id
        name
      }
    }
  }
`);
