import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/** Query-shape limits: Apollo caps none of these by default. */
export function armorProtection(limits: Config['graphql']): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Tokens are counted by our own plugin (token-limit.ts), which answers 400 rather than 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, flattenFragments: true },
    blockFieldSuggestion: { enabled: limits.hideSuggestions },
  }).protect();
}
