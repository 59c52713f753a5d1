import type { DataProvider } from 'react-admin';

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

/**
 * A data provider per session: ra-data-graphql reads the schema (introspection) on its first request
 * and keeps it, and the API answers introspection only to a principal. So nothing is asked without a
 * token (`notSignedIn()` is the refusal, as the server's would be, and react-admin signs out), and a
 * new provider, introspecting afresh, is built whenever the token changes (signing in or out, another
 * user). A provider whose introspection failed (the network) is dropped and built again next time.
 */
export function perSessionProvider(options: { getToken: () => string | null; build: () => DataProvider; notSignedIn: () => Error }): DataProvider {
  let current: { token: string; provider: DataProvider } | null = null;
  const provider = (): DataProvider | null => {
    const token = options.getToken();
    if (!token) return null;
    if (current?.token !== token) {
      const entry = { token, provider: options.build() };
      current = entry;
      const introspection = (entry.provider as { getIntrospection?: () => Promise<unknown> | undefined }).getIntrospection?.();
      introspection?.catch(() => {
        if (current === entry) current = null;
      });
    }
    return current.provider;
  };
  return Object.fromEntries(
    METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        const signedIn = provider();
        return signedIn ? (signedIn[method] as (...a: unknown[]) => Promise<unknown>)(...args) : Promise.reject(options.notSignedIn());
      },
    ]),
  ) as unknown as DataProvider;
}
