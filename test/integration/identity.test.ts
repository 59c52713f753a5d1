import { createUserRecord } from '@exemplar/api/modules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
let adminToken: string;
const ADMIN_PASSWORD = 'mật-khẩu-quản-trị-2025';

interface Res {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers checked field by field
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function as(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<Res> {
  const response = await api.anonymous.post(JSON.stringify({ query, variables }), headers);
  return { status: response.status, body: await response.json() };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const code = (res: Res) => res.body.errors?.[0]?.extensions?.code;

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token expiresAt user { id username displayName } } }`;
const ME = `{ me { kind id name grants { role organizationId unitId } } }`;

async function orgId(c: string): Promise<string> {
  const [row] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = $1`, [c]);
  return row.id;
}

beforeAll(async () => {
  api = await startTestServer();
  const admin = await createUserRecord(api.db, { username: 'quantri', displayName: 'Quản trị quốc gia', password: ADMIN_PASSWORD });
  await api.db.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'NATIONAL_ADMIN')`, [admin.id]);
  const res = await as({}, SIGN_IN, { u: 'quantri', p: ADMIN_PASSWORD });
  adminToken = res.body.data!.signIn.token;
});
afterAll(async () => {
  await api?.close();
});

describe('users and sessions', () => {
  it('nobody gets nothing but signIn: introspection, queries and mutations answer 401 without a schema name', async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ allOrganizations { id name } }`, `mutation { createPerson(fullName: "X") { id } }`, `{ _service { sdl } }`]) {
      const res = await as({}, query);
      expect(res.status, query).toBe(401);
      expect(code(res), query).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(res.body), query).not.toMatch(/Organization|Person|AdministrativeUnit|__Type/);
    }
    expect((await as({}, `{ __typename }`)).body.data).toEqual({ __typename: 'Query' });
  });

  it('passwords are stored with scrypt and a salt of their own; a wrong password and an unknown user get the same answer', async () => {
    const rows = await api.db.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE username = 'quantri'`);
    expect(rows[0].password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(rows[0].password_hash).not.toContain(ADMIN_PASSWORD);
    const wrong = await as({}, SIGN_IN, { u: 'quantri', p: 'sai-mat-khau-roi' });
    const unknown = await as({}, SIGN_IN, { u: 'ai-do', p: 'sai-mat-khau-roi' });
    expect([code(wrong), code(unknown)]).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
    expect(wrong.body.errors![0].message).toBe(unknown.body.errors![0].message);
  });

  it('a session token identifies the user with their grants; signing out ends it; an expired one is refused', async () => {
    const me = await as(bearer(adminToken), ME);
    expect(me.body.data!.me).toMatchObject({ kind: 'USER', name: 'Quản trị quốc gia', grants: [{ role: 'NATIONAL_ADMIN', organizationId: null, unitId: null }] });
    expect(code(await as({}, ME))).toBe('UNAUTHENTICATED');
    expect(code(await as(bearer('not-a-real-token-at-all-xyz'), ME))).toBe('UNAUTHENTICATED');

    const second = (await as({}, SIGN_IN, { u: 'quantri', p: ADMIN_PASSWORD })).body.data!.signIn.token as string;
    expect((await as(bearer(second), `mutation { signOut }`)).body.data!.signOut).toBe(true);
    expect(code(await as(bearer(second), ME))).toBe('UNAUTHENTICATED');

    const third = (await as({}, SIGN_IN, { u: 'quantri', p: ADMIN_PASSWORD })).body.data!.signIn.token as string;
    await api.db.query(`UPDATE app_session SET expires_at = now() - interval '1 minute' WHERE id = (SELECT max(id) FROM app_session)`);
    expect(code(await as(bearer(third), ME))).toBe('UNAUTHENTICATED');
    const [{ n }] = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_session WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [adminToken]);
    expect(n).toBe(1); // stored as a hash only
  });

  it('only a national administrator creates users; weak passwords are refused; a changed password ends the sessions', async () => {
    const CREATE = `mutation($u: String!, $n: String!, $p: String!) { createUser(username: $u, displayName: $n, password: $p) { id username } }`;
    expect(code(await as({}, CREATE, { u: 'canbo.babe', n: 'Cán bộ Ba Bể', p: 'một-mật-khẩu-dài' }))).toBe('UNAUTHENTICATED');
    expect(code(await as(bearer(adminToken), CREATE, { u: 'canbo.babe', n: 'Cán bộ Ba Bể', p: 'ngan' }))).toBe('WEAK_PASSWORD');
    expect(code(await as(bearer(adminToken), CREATE, { u: 'canbo.babe', n: 'Cán bộ Ba Bể', p: 'canbo.babe-2025-xyz' }))).toBe('WEAK_PASSWORD');
    const created = await as(bearer(adminToken), CREATE, { u: 'canbo.babe', n: 'Cán bộ Ba Bể', p: 'một-mật-khẩu-dài' });
    expect(created.body.errors).toBeUndefined();
    expect(code(await as(bearer(adminToken), CREATE, { u: 'canbo.babe', n: 'x', p: 'một-mật-khẩu-dài' }))).toBe('DUPLICATE_CODE');

    const token = (await as({}, SIGN_IN, { u: 'canbo.babe', p: 'một-mật-khẩu-dài' })).body.data!.signIn.token as string;
    expect(code(await as(bearer(token), CREATE, { u: 'khac', n: 'x', p: 'một-mật-khẩu-dài' }))).toBe('FORBIDDEN');
    const CHANGE = `mutation($c: String, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    expect(code(await as(bearer(token), CHANGE, { c: 'sai', n: 'mật-khẩu-mới-rất-dài' }))).toBe('INVALID_CREDENTIALS');
    expect((await as(bearer(token), CHANGE, { c: 'một-mật-khẩu-dài', n: 'mật-khẩu-mới-rất-dài' })).body.data!.changePassword).toBe(true);
    expect(code(await as(bearer(token), ME))).toBe('UNAUTHENTICATED');
    expect((await as({}, SIGN_IN, { u: 'canbo.babe', p: 'mật-khẩu-mới-rất-dài' })).body.errors).toBeUndefined();
  });
});

describe('roles on jurisdictions and API keys', () => {
  const GRANT = `mutation($u: ID, $k: ID, $g: GrantInput!) { grantRole(userId: $u, apiKeyId: $k, grant: $g) { id role organizationId unitId } }`;

  it('an administrator of Bắc Kạn grants within Bắc Kạn, not in Lào Cai, and never national roles', async () => {
    const create = async (u: string) =>
      (await as(bearer(adminToken), `mutation($u: String!) { createUser(username: $u, displayName: $u, password: "mật-khẩu-đủ-dài-1") { id } }`, { u })).body.data!.createUser.id as string;
    const backan = await create('admin.backan');
    const staff = await create('nhanvien.babe');
    const granted = await as(bearer(adminToken), GRANT, { u: backan, g: { role: 'ADMIN', organizationId: await orgId('BACKAN.UBND') } });
    expect(granted.body.data!.grantRole).toMatchObject({ role: 'ADMIN' });
    const token = (await as({}, SIGN_IN, { u: 'admin.backan', p: 'mật-khẩu-đủ-dài-1' })).body.data!.signIn.token as string;

    const inside = await as(bearer(token), GRANT, { u: staff, g: { role: 'REVIEWER', organizationId: await orgId('BACKAN.BABE.UBND') } });
    expect(code(inside)).toBeUndefined();
    // Lào Cai's committee is outside the administrator's jurisdiction: it does not exist for her.
    expect(code(await as(bearer(token), GRANT, { u: staff, g: { role: 'REVIEWER', organizationId: await orgId('LAOCAI.UBND') } }))).toBe('NOT_FOUND');
    expect(code(await as(bearer(token), GRANT, { u: staff, g: { role: 'NATIONAL_ADMIN' } }))).toBe('FORBIDDEN');
    expect(code(await as(bearer(token), GRANT, { u: staff, g: { role: 'REVIEWER' } }))).toBe('REQUIRED');
    const hashes = await api.db.query<{ h: string }>(`SELECT password_hash AS h FROM app_user WHERE username IN ('admin.backan', 'nhanvien.babe')`);
    expect(hashes).toHaveLength(2);
    expect(hashes[0].h).not.toBe(hashes[1].h); // the same password, salted differently
    const me = await as(bearer((await as({}, SIGN_IN, { u: 'nhanvien.babe', p: 'mật-khẩu-đủ-dài-1' })).body.data!.signIn.token), ME);
    expect(me.body.data!.me.grants).toEqual([{ role: 'REVIEWER', organizationId: await orgId('BACKAN.BABE.UBND'), unitId: null }]);
  });

  it('an API key is shown once, stored as a hash, identifies the app with its grants, rotates and is revoked', async () => {
    const CREATE = `mutation($g: [GrantInput!]!) { createApiKey(name: "Cổng thông tin tỉnh", grants: $g) { key apiKey { id name prefix } } }`;
    const created = await as(bearer(adminToken), CREATE, { g: [{ role: 'API_CLIENT', unitId: (await api.db.query<{ id: string }>(`SELECT id::text AS id FROM administrative_unit WHERE dataset = 'VN-2025' AND code = '19'`))[0].id }] });
    expect(created.body.errors).toBeUndefined();
    const { key, apiKey } = created.body.data!.createApiKey as { key: string; apiKey: { id: string; prefix: string } };
    expect(key.startsWith(`exk_${apiKey.prefix}_`)).toBe(true);
    const stored = await api.db.query<{ key_hash: Buffer }>(`SELECT key_hash FROM api_key WHERE id = $1`, [apiKey.id]);
    expect(stored[0].key_hash.toString('hex')).not.toContain(Buffer.from(key).toString('hex'));

    const me = await as({ 'x-api-key': key }, ME);
    expect(me.body.data!.me).toMatchObject({ kind: 'API_KEY', name: 'Cổng thông tin tỉnh', grants: [{ role: 'API_CLIENT' }] });
    expect(code(await as(bearer(adminToken), CREATE, { g: [{ role: 'ADMIN', organizationId: await orgId('BACKAN.UBND') }] }))).toBe('INVALID_VALUE');
    const badDate = await as(bearer(adminToken), `mutation($e: DateTime) { createApiKey(name: "x", grants: [], expiresAt: $e) { key } }`, { e: 'ngày mai' });
    expect([badDate.status, code(badDate)]).toEqual([400, 'BAD_USER_INPUT']);

    const rotated = await as(bearer(adminToken), `mutation($id: ID!) { rotateApiKey(id: $id) { key apiKey { id } } }`, { id: apiKey.id });
    const fresh = rotated.body.data!.rotateApiKey.key as string;
    expect(code(await as({ 'x-api-key': key }, ME))).toBe('UNAUTHENTICATED');
    expect((await as({ 'x-api-key': fresh }, ME)).body.data!.me.grants).toEqual([expect.objectContaining({ role: 'API_CLIENT' })]);
    await as(bearer(adminToken), `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: rotated.body.data!.rotateApiKey.apiKey.id });
    expect(code(await as({ 'x-api-key': fresh }, ME))).toBe('UNAUTHENTICATED');
  });
});

describe('session expiry follows the database clock', () => {
  it('a server whose clock says 2020 still issues sessions that work', async () => {
    const past = await startTestServer({ clock: () => new Date('2020-03-20T02:00:00Z') });
    try {
      const user = await createUserRecord(past.db, { username: 'quakhu', displayName: 'Quá khứ', password: 'mật-khẩu-quá-khứ-2020' });
      const response = await past.post(JSON.stringify({ query: `mutation { signIn(username: "quakhu", password: "mật-khẩu-quá-khứ-2020") { token expiresAt } }` }));
      const { data } = (await response.json()) as { data: { signIn: { token: string; expiresAt: string } } };
      expect(new Date(data.signIn.expiresAt).getTime()).toBeGreaterThan(Date.now());
      const me = await past.post(JSON.stringify({ query: `{ me { id } }` }), { authorization: `Bearer ${data.signIn.token}` });
      expect(((await me.json()) as { data: { me: { id: string } } }).data.me).toEqual({ id: user.id });
    } finally {
      await past.close();
    }
  });
});

describe('user and key administration', () => {
  it('national administrators list users and keys with their grants, and disable a user at once', async () => {
    const LIST = `{ allAppUsers(filter: { q: "nhanvien" }) { id username disabled grants { role } } _allAppUsersMeta { count } allApiKeys { id name grants { role } } }`;
    expect((await as({}, LIST)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await as(bearer(adminToken), LIST);
    expect(listed.body.errors).toBeUndefined();
    const [staff] = listed.body.data!.allAppUsers;
    expect(staff).toMatchObject({ username: 'nhanvien.babe', disabled: false, grants: [{ role: 'REVIEWER' }] });
    expect(listed.body.data!._allAppUsersMeta.count).toBeGreaterThanOrEqual(4);
    expect(listed.body.data!.allApiKeys.length).toBeGreaterThanOrEqual(2);

    const token = (await as({}, SIGN_IN, { u: 'nhanvien.babe', p: 'mật-khẩu-đủ-dài-1' })).body.data!.signIn.token as string;
    expect(code(await as(bearer(token), LIST))).toBe('FORBIDDEN');
    await as(bearer(adminToken), `mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }`, { id: staff.id });
    expect(code(await as(bearer(token), ME))).toBe('UNAUTHENTICATED');
    expect(code(await as({}, SIGN_IN, { u: 'nhanvien.babe', p: 'mật-khẩu-đủ-dài-1' }))).toBe('INVALID_CREDENTIALS');
  });
});
