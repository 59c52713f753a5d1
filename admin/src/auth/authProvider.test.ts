import { describe, expect, it } from 'vitest';
import type { ApolloClient } from '@apollo/client';
import { createAuthProvider } from './authProvider';
import { ACTING_GRANT_KEY, readActingGrant, readSession, SESSION_KEY } from './session';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

/** A fake Apollo client answering by operation name, recording what was called. */
function fakeClient(answers: Record<string, () => unknown>) {
  const calls: string[] = [];
  const run = async (options: { query?: { definitions: { name?: { value: string } }[] }; mutation?: { definitions: { name?: { value: string } }[] } }) => {
    const name = (options.query ?? options.mutation)!.definitions[0].name!.value;
    calls.push(name);
    const answer = answers[name];
    if (!answer) throw new Error(`unexpected ${name}`);
    return { data: answer() };
  };
  return { client: { query: run, mutate: run, clearStore: async () => [] } as unknown as ApolloClient<unknown>, calls };
}

const invalid = () => {
  throw Object.assign(new Error('x'), { graphQLErrors: [{ message: 'x', extensions: { code: 'INVALID_CREDENTIALS', messages: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' } } }] });
};

describe('authProvider', () => {
  it('anonymous: checkAuth sends to the login page, identity is anonymous, no grants, nothing allowed, me not asked', async () => {
    const { client, calls } = fakeClient({});
    const auth = createAuthProvider({ client, getLocale: () => 'vi', storage: memoryStorage() });
    await expect(auth.checkAuth({})).rejects.toThrow();
    expect(await auth.getIdentity!()).toMatchObject({ anonymous: true, id: '' });
    expect(await auth.getPermissions!({})).toEqual([]);
    expect(await auth.canAccess!({ action: 'list', resource: 'Organization' })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('a token the server no longer accepts: checkAuth forgets it and sends to the login page', async () => {
    const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify({ token: 'old', expiresAt: null }) });
    const { client, calls } = fakeClient({
      Me: () => {
        throw Object.assign(new Error('x'), { graphQLErrors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] });
      },
    });
    const auth = createAuthProvider({ client, getLocale: () => 'vi', storage });
    await expect(auth.checkAuth({})).rejects.toThrow();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    expect(calls).toEqual(['Me']);
  });

  it('canAccess answers from the grants acted under (all of them, or the one chosen)', async () => {
    const grants = [
      { id: '7', role: 'ADMIN', organizationId: '46', unitId: null },
      { id: '8', role: 'ANALYST', organizationId: null, unitId: '10821' },
    ];
    const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify({ token: 'tok', expiresAt: null }) });
    const { client, calls } = fakeClient({ Me: () => ({ me: { kind: 'USER', id: '3', name: 'Cán bộ', grants } }) });
    const auth = createAuthProvider({ client, getLocale: () => 'vi', storage });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.canAccess!({ action: 'create', resource: 'Organization' })).toBe(true);
    expect(await auth.canAccess!({ action: 'create', resource: 'AwardType' })).toBe(false);
    expect(await auth.canAccess!({ action: 'list', resource: 'AppUser' })).toBe(false);
    storage.setItem(ACTING_GRANT_KEY, '8');
    expect(await auth.canAccess!({ action: 'create', resource: 'Organization' })).toBe(false);
    expect(await auth.canAccess!({ action: 'list', resource: 'Organization' })).toBe(true);
    // Every grant stays known (the picker lists them); `me` was asked once.
    expect(await auth.getPermissions!({})).toEqual(grants);
    expect(calls).toEqual(['Me']);
  });

  it('signs in, keeps the token, reads me once per token, signs out', async () => {
    const storage = memoryStorage();
    const grants = [{ role: 'NATIONAL_ADMIN', organizationId: null, unitId: null }];
    const { client, calls } = fakeClient({
      SignIn: () => ({ signIn: { token: 'tok', expiresAt: '2999-01-01T00:00:00Z', user: { id: '1', username: 'a', displayName: 'A' } } }),
      Me: () => ({ me: { kind: 'USER', id: '1', name: 'Quản trị quốc gia', grants } }),
      SignOut: () => ({ signOut: true }),
    });
    const auth = createAuthProvider({ client, getLocale: () => 'vi', storage });
    storage.setItem(ACTING_GRANT_KEY, '99');
    await auth.login({ username: ' quantri ', password: 'p' });
    expect(readSession(storage)?.token).toBe('tok');
    // A grant chosen by whoever signed in before is forgotten.
    expect(readActingGrant(storage)).toBeNull();
    expect(await auth.getIdentity!()).toMatchObject({ anonymous: false, id: '1', fullName: 'Quản trị quốc gia' });
    expect(await auth.getPermissions!({})).toEqual(grants);
    expect(calls).toEqual(['SignIn', 'Me']);
    // Sign-in is required: react-admin goes on to the login page.
    expect(await auth.logout({})).toBeUndefined();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    expect(calls).toEqual(['SignIn', 'Me', 'SignOut']);
  });

  for (const [locale, message] of [
    ['vi', 'Sai tên đăng nhập hoặc mật khẩu.'],
    ['en', 'Wrong username or password.'],
  ] as const) {
    it(`a refused sign-in shows the server's message in ${locale} and keeps nothing`, async () => {
      const storage = memoryStorage();
      const { client } = fakeClient({ SignIn: invalid });
      const auth = createAuthProvider({ client, getLocale: () => locale, storage });
      await expect(auth.login({ username: 'x', password: 'y' })).rejects.toThrow(message);
      expect(storage.getItem(SESSION_KEY)).toBeNull();
    });
  }

  it('signs out on UNAUTHENTICATED (401), and only then: a FORBIDDEN refusal (403) keeps the session', async () => {
    const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify({ token: 'tok', expiresAt: null }), [ACTING_GRANT_KEY]: '7' });
    const auth = createAuthProvider({ client: fakeClient({}).client, getLocale: () => 'vi', storage });
    await expect(auth.checkError({ status: 403, body: { code: 'FORBIDDEN' } })).resolves.toBeUndefined();
    expect(storage.getItem(SESSION_KEY)).not.toBeNull();
    await expect(auth.checkError({ status: 401, body: { code: 'UNAUTHENTICATED' } })).rejects.toThrow();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
    expect(storage.getItem(ACTING_GRANT_KEY)).toBeNull();
  });
});
