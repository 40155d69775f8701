import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/**
 * Only graphql-armor's suggestion blocking: the shape limits and the cost are ours (cost/plugin.ts),
 * because armor's run before variables are known (so `first: $n` was free) and answer "Syntax Error".
 */
export function armorProtection(limits: Config['graphql']): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    // Tokens are counted by our own plugin (token-limit.ts), which answers 400 rather than 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.hideSuggestions },
  }).protect();
}
