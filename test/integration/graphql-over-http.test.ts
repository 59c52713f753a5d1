import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

/** The GraphQL-over-HTTP specification's audit suite (graphql-http) against the real server. */
describe('GraphQL over HTTP', () => {
  it('passes every MUST of the audit suite', async () => {
    // As a signed-in caller: anonymous requests are refused before the protocol is exercised.
    const signedInFetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${api.token}`);
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: api.graphqlUrl, fetchFn: signedInFetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
