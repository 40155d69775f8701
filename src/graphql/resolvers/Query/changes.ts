import { GraphQLError } from 'graphql';
import { listChanges } from '../../../curation/changes';
import type { QueryResolvers } from '../../generated/resolvers-types';
import { ErrorCode } from '../../../shared/error-codes';

export const changes: QueryResolvers['changes'] = (_parent, args, { db, auth }) => {
  // Audit records name curators: readable with any valid token, not anonymously.
  if (auth.kind !== 'curator') {
    throw new GraphQLError("The audit trail names curators: send 'Authorization: Bearer <token>' (any role) to read it", {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  return listChanges(db, args);
};
