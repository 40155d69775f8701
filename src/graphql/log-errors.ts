import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Clients see "Internal server error" and nothing more; the operator sees the cause here, with the
 * operation and path. Errors a client caused (validation, bad input) are not logged as faults.
 */
export function logInternalErrors(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const coded = error instanceof GraphQLError && error.extensions.code !== undefined;
            if (coded) continue;
            logger.error({ err: error.originalError ?? error, operationName, path: error.path }, 'resolver failed');
          }
        },
      };
    },
  };
}
