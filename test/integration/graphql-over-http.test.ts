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
    const audits = serverAudits({ url: api.graphqlUrl });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
