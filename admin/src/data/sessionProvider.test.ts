import { describe, expect, it } from 'vitest';
import type { DataProvider } from 'react-admin';
import { perSessionProvider } from './sessionProvider';

/** Stands for ra-data-graphql: introspects once when first asked, then answers with the token it was built for. */
function fakeBuilds(getToken: () => string | null) {
  const state = { built: 0, introspections: 0, failNext: false };
  const build = (): DataProvider => {
    state.built++;
    const builtFor = getToken();
    let introspection: Promise<unknown> | undefined;
    const introspect = () => {
      if (!introspection) {
        state.introspections++;
        introspection = state.failNext ? Promise.reject(new Error('network down')) : Promise.resolve({});
        state.failNext = false;
      }
      return introspection;
    };
    return {
      getIntrospection: introspect,
      getList: async () => {
        await introspect();
        return { data: [{ id: builtFor }], total: 1 };
      },
    } as unknown as DataProvider;
  };
  return { build, state };
}

const LIST = { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' as const }, filter: {} };
const notSignedIn = () => Object.assign(new Error('Cần đăng nhập'), { status: 401, body: { code: 'UNAUTHENTICATED' } });

describe('a data provider per session', () => {
  it('asks nothing without a token: the refusal a 401 would bring', async () => {
    const { build, state } = fakeBuilds(() => null);
    const provider = perSessionProvider({ getToken: () => null, build, notSignedIn });
    await expect(provider.getList('Organization', LIST)).rejects.toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(state).toMatchObject({ built: 0, introspections: 0 });
  });

  it('introspects once per token, afresh for a new token, and not at all once signed out', async () => {
    let token: string | null = 'first';
    const { build, state } = fakeBuilds(() => token);
    const provider = perSessionProvider({ getToken: () => token, build, notSignedIn });
    expect((await provider.getList('Organization', LIST)).data).toEqual([{ id: 'first' }]);
    await provider.getList('Organization', LIST);
    expect(state).toMatchObject({ built: 1, introspections: 1 });
    token = 'second';
    expect((await provider.getList('Organization', LIST)).data).toEqual([{ id: 'second' }]);
    expect(state).toMatchObject({ built: 2, introspections: 2 });
    token = null;
    await expect(provider.getList('Organization', LIST)).rejects.toMatchObject({ status: 401 });
    expect(state.introspections).toBe(2);
  });

  it('a failed introspection (the network) is asked again on the next request', async () => {
    const { build, state } = fakeBuilds(() => 'token');
    state.failNext = true;
    const provider = perSessionProvider({ getToken: () => 'token', build, notSignedIn });
    await expect(provider.getList('Organization', LIST)).rejects.toThrow('network down');
    expect((await provider.getList('Organization', LIST)).data).toEqual([{ id: 'token' }]);
    expect(state).toMatchObject({ built: 2, introspections: 2 });
  });
});
