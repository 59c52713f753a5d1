import { gql, type ApolloClient } from '@apollo/client';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { localizedMessage } from '../data/errors';
import { canAccessWith } from './access';
import { browserStorage, clearSession, effectiveGrants, isUnauthenticated, readActingGrant, readSession, SIGN_IN_REQUIRED, writeActingGrant, writeSession, type Grant } from './session';

export const SIGN_IN = gql`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        displayName
      }
    }
  }
`;
export const SIGN_OUT = gql`
  mutation SignOut {
    signOut
  }
`;
export const ME = gql`
  query Me {
    me {
      kind
      id
      name
      grants {
        id
        role
        organizationId
        unitId
      }
    }
  }
`;
export const CHANGE_PASSWORD = gql`
  mutation ChangePassword($currentPassword: String, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export interface Principal {
  kind: string;
  id: string;
  name: string;
  grants: Grant[];
}

/** The identity react-admin keeps: the principal, or `anonymous` (no session). */
export interface ConsoleIdentity extends UserIdentity {
  anonymous: boolean;
  kind?: string;
  grants: Grant[];
}

export const ANONYMOUS: ConsoleIdentity = { id: '', fullName: '', anonymous: true, grants: [] };

type Store = Parameters<typeof readSession>[0];

/**
 * A refusal of checkAuth waits a moment. react-admin signs out on it (LogoutOnMount): it navigates to
 * the login page in a router transition and clears its query cache at once; the cleared cache asks
 * checkAuth again, and an instant refusal signs out again before the navigation is done, many times
 * over (react-admin issue #10764: seconds of redirects before the login page shows).
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * The Apollo context of requests that must see all the principal's grants whatever the jurisdiction
 * picker says (who am I, the names of my grants): the link then leaves out x-exemplar-grant.
 */
export const ALL_GRANTS_CONTEXT = { actingGrant: false } as const;

/**
 * react-admin's authProvider over the API's sessions: signIn keeps the token (localStorage; the Apollo
 * link sends it), signOut forgets it, `me` is who is calling. Sign-in is required (SIGN_IN_REQUIRED):
 * without a token checkAuth sends the visitor to the login page. canAccess answers from the grants
 * the console acts under (all of them, or the one chosen in the jurisdiction picker).
 */
export function createAuthProvider(options: { client: ApolloClient<unknown>; getLocale: () => string; storage?: Store }): AuthProvider {
  const { client, getLocale } = options;
  const storage = options.storage ?? browserStorage();
  const token = () => readSession(storage)?.token ?? null;
  // `me` once per token (identity and permissions both ask for it).
  let cached: { token: string | null; principal: Promise<Principal | null> } | null = null;
  const me = (): Promise<Principal | null> => {
    const current = token();
    if (!current) return Promise.resolve(null);
    if (!cached || cached.token !== current) {
      const principal = client
        .query<{ me: Principal | null }>({ query: ME, fetchPolicy: 'network-only', context: ALL_GRANTS_CONTEXT })
        .then((res) => res.data?.me ?? null)
        .catch((error: unknown) => {
          cached = null;
          // A refused token is forgotten; any other failure (the network) is asked again next time.
          if (isUnauthenticated(error)) clearSession(storage);
          return null;
        });
      cached = { token: current, principal };
    }
    return cached.principal;
  };
  const forget = () => {
    clearSession(storage);
    writeActingGrant(storage, null);
    cached = null;
  };

  return {
    async login(params: { username?: string; password?: string }) {
      try {
        const { data } = await client.mutate<{ signIn: { token: string; expiresAt: string | null } }>({
          mutation: SIGN_IN,
          variables: { username: (params.username ?? '').trim(), password: params.password ?? '' },
        });
        if (!data?.signIn?.token) throw new Error('ra.auth.sign_in_error');
        writeSession(storage, { token: data.signIn.token, expiresAt: data.signIn.expiresAt ?? null });
        // A grant chosen by whoever signed in before means nothing to this principal.
        writeActingGrant(storage, null);
        cached = null;
      } catch (error) {
        throw new Error(localizedMessage(error, getLocale()) ?? (error instanceof Error && error.message.startsWith('ra.') ? error.message : 'ra.auth.sign_in_error'));
      }
    },
    async logout() {
      if (token()) {
        try {
          await client.mutate({ mutation: SIGN_OUT });
        } catch {
          // The session is forgotten here whatever the server said (it may have ended already).
        }
      }
      forget();
      await client.clearStore().catch(() => undefined);
      // Anonymous use goes on at the dashboard; once sign-in is required, react-admin goes to /login.
      return SIGN_IN_REQUIRED ? undefined : '/';
    },
    async checkAuth() {
      if (!SIGN_IN_REQUIRED) return;
      // A token the server no longer accepts (expired, signed out elsewhere) is forgotten by me().
      if (token()) await me();
      if (!token()) {
        await settle();
        throw new Error('ra.auth.auth_check_error');
      }
    },
    async checkError(error: unknown) {
      // 401: the session is over, back to the login page. 403 (FORBIDDEN) is not a reason to sign
      // out: the caller shows the server's refusal.
      if (isUnauthenticated(error)) {
        forget();
        if (SIGN_IN_REQUIRED) throw new Error('ra.auth.auth_check_error');
      }
    },
    async getIdentity(): Promise<ConsoleIdentity> {
      const principal = await me();
      if (!principal) return ANONYMOUS;
      return { id: principal.id, fullName: principal.name, anonymous: false, kind: principal.kind, grants: principal.grants ?? [] };
    },
    async getPermissions(): Promise<Grant[]> {
      return (await me())?.grants ?? [];
    },
    async canAccess(params: { action: string; resource: string }) {
      const grants = (await me())?.grants ?? [];
      return canAccessWith(effectiveGrants(grants, readActingGrant(storage)), params);
    },
  };
}
