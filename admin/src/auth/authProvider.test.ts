import { describe, expect, it } from 'vitest';
import type { ApolloClient } from '@apollo/client';
import { createAuthProvider } from './authProvider';
import { readSession, SESSION_KEY } from './session';

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
  it('anonymous: checkAuth resolves, identity is anonymous, no grants, me not asked', async () => {
    const { client, calls } = fakeClient({});
    const auth = createAuthProvider({ client, getLocale: () => 'vi', storage: memoryStorage() });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getIdentity!()).toMatchObject({ anonymous: true, id: '' });
    expect(await auth.getPermissions!({})).toEqual([]);
    expect(calls).toEqual([]);
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
    await auth.login({ username: ' quantri ', password: 'p' });
    expect(readSession(storage)?.token).toBe('tok');
    expect(await auth.getIdentity!()).toMatchObject({ anonymous: false, id: '1', fullName: 'Quản trị quốc gia' });
    expect(await auth.getPermissions!({})).toEqual(grants);
    expect(calls).toEqual(['SignIn', 'Me']);
    expect(await auth.logout({})).toBe('/');
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

  it('forgets the token on UNAUTHENTICATED, and only then; never logs out an anonymous visitor', async () => {
    const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify({ token: 'tok', expiresAt: null }) });
    const auth = createAuthProvider({ client: fakeClient({}).client, getLocale: () => 'vi', storage });
    await expect(auth.checkError({ status: 200, body: { code: 'FORBIDDEN' } })).resolves.toBeUndefined();
    expect(storage.getItem(SESSION_KEY)).not.toBeNull();
    await expect(auth.checkError({ status: 200, body: { code: 'UNAUTHENTICATED' } })).resolves.toBeUndefined();
    expect(storage.getItem(SESSION_KEY)).toBeNull();
  });
});
