import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { authHeaders, browserStorage, readSession } from '../auth/session';

/**
 * The API answers errors raised before execution (bad input text, limits, validation) with HTTP 400
 * and a normal GraphQL body. Apollo turns any non-2xx answer into a network error and hides that
 * body; this link hands its `errors` on as GraphQL errors, so their codes and bilingual messages
 * reach the console like any other.
 */
const httpErrorBodyAsGraphQLErrors = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      const subscription = forward(operation).subscribe({
        next: (result) => observer.next(result),
        complete: () => observer.complete(),
        error: (error: { result?: { errors?: GraphQLFormattedError[] } }) => {
          const errors = error?.result?.errors;
          if (Array.isArray(errors) && errors.length > 0) {
            observer.next({ errors });
            observer.complete();
          } else {
            observer.error(error);
          }
        },
      });
      return () => subscription.unsubscribe();
    }),
);

/** The kept session's token (none when anonymous or expired). */
export const storedToken = (): string | null => readSession(browserStorage())?.token ?? null;

/** Sends the session token, read at each request, as `Authorization: Bearer <token>`. */
export function authLink(getToken: () => string | null) {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, ...authHeaders(getToken()) } }));
    return forward(operation);
  });
}

/** One client for the data provider and for the console's own queries (dashboard, successorsOn). */
export function createApolloClient(uri = '/graphql', getToken: () => string | null = storedToken) {
  return new ApolloClient({
    link: from([httpErrorBodyAsGraphQLErrors, authLink(getToken), new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
