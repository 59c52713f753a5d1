import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { actingGrantHeaders, authHeaders, browserStorage, readActingGrant, readSession } from '../auth/session';

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

/** The grant chosen in the jurisdiction picker (none: all the principal's grants). */
export const storedActingGrant = (): string | null => readActingGrant(browserStorage());

/**
 * Sends the session token, read at each request, as `Authorization: Bearer <token>`, and the grant
 * chosen in the jurisdiction picker as `x-exemplar-grant` (except for operations whose context says
 * `actingGrant: false`: who am I, the names of my grants).
 */
export function authLink(getToken: () => string | null, getActingGrant: () => string | null = () => null) {
  return new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {}, actingGrant }: { headers?: Record<string, string>; actingGrant?: boolean }) => ({
      headers: { ...headers, ...authHeaders(getToken()), ...(actingGrant === false ? {} : actingGrantHeaders(getActingGrant())) },
    }));
    return forward(operation);
  });
}

/** Whether a response refuses the credentials sent (UNAUTHENTICATED: an expired or ended session). */
function refusesCredentials(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return Boolean(errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
}

/**
 * Tells `onUnauthenticated` when the server refuses a request's credentials (401 UNAUTHENTICATED),
 * whoever sent it (the data provider, a dashboard card, an action button): the session is over.
 */
export function unauthenticatedLink(onUnauthenticated: () => void) {
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        const subscription = forward(operation).subscribe({
          next: (result) => {
            if (refusesCredentials(result.errors)) onUnauthenticated();
            observer.next(result);
          },
          complete: () => observer.complete(),
          error: (error: unknown) => observer.error(error),
        });
        return () => subscription.unsubscribe();
      }),
  );
}

/** One client for the data provider and for the console's own queries (dashboard, successorsOn). */
export function createApolloClient(
  uri = '/graphql',
  options: { getToken?: () => string | null; getActingGrant?: () => string | null; onUnauthenticated?: () => void } = {},
) {
  const { getToken = storedToken, getActingGrant = storedActingGrant, onUnauthenticated = () => undefined } = options;
  return new ApolloClient({
    link: from([unauthenticatedLink(onUnauthenticated), httpErrorBodyAsGraphQLErrors, authLink(getToken, getActingGrant), new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
