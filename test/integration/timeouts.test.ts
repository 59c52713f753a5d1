import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
const TIMEOUTS = { connect: 300, lock: 1_500, statement: 5_000 };
// security.md's bar: every request is answered within its timeout plus one second.
const GRACE = 1_000;

beforeAll(async () => {
  // One pooled connection and short limits, so waiting is quick to provoke.
  api = await startTestServer({ poolSize: 1, timeouts: TIMEOUTS });
});
afterAll(async () => {
  await api?.close();
});

const RENAME = `mutation($id: ID!) { updateOrganization(id: $id, name: "Đổi tên") { id } }`;

describe('waiting on the database ends in a clean, retryable error', () => {
  it('a row locked by someone else: TIMEOUT after the lock timeout, nothing written', async () => {
    const [{ id }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.UBND'`);
    const holder = new Client({ connectionString: api.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM organization WHERE id = $1 FOR UPDATE', [id]);
      const started = Date.now();
      const res = await api.gql(RENAME, { id });
      expect(Date.now() - started).toBeLessThan(TIMEOUTS.lock + GRACE);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'TIMEOUT', retryable: true });
      const { message, extensions } = res.body.errors![0];
      expect(JSON.stringify({ message, extensions })).not.toMatch(/lock_timeout|canceling statement|organization|SQLSTATE/i);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const [{ name }] = await api.db.query<{ name: string }>('SELECT name FROM organization WHERE id = $1', [id]);
    expect(name).toBe('Ủy ban nhân dân tỉnh Bắc Kạn');
  });

  it('every pooled connection busy: SERVICE_UNAVAILABLE within the connection timeout, not a hang', async () => {
    const [{ id }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.UBND'`);
    // Hold the only pooled connection in an open transaction that waits on a lock held outside.
    const holder = new Client({ connectionString: api.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM organization WHERE id = $1 FOR UPDATE', [id]);
    try {
      const busy = api.gql(RENAME, { id });
      await new Promise((r) => setTimeout(r, 50));
      const started = Date.now();
      const res = await api.gql(`{ allOrganizations(perPage: 1) { id } }`);
      expect(Date.now() - started).toBeLessThan(TIMEOUTS.connect + GRACE);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      await busy;
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const after = await api.gql<{ allOrganizations: unknown[] }>(`{ allOrganizations(perPage: 1) { id } }`);
    expect(after.body.data!.allOrganizations).toHaveLength(1);
  });
});
