import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

function expectCleanError(res: { status: number; body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }, code: string) {
  expect(res.status).toBeLessThan(500);
  expect(res.body.errors?.length).toBeGreaterThan(0);
  const [error] = res.body.errors!;
  expect(error.extensions?.code).toBe(code);
  const text = JSON.stringify(res.body);
  expect(text).not.toMatch(/administrative_unit|organization_|SELECT|stack|\.ts:\d+|node_modules/i);
  return error;
}

describe('bad input gets a clear error with a stable code, never a 500 or a stack', () => {
  it('unknown sort field', async () => {
    const res = await api.gql(`{ allAdministrativeUnits(sortField: "password; DROP TABLE x") { id } }`);
    const error = expectCleanError(res, 'INVALID_SORT_FIELD');
    const messages = error.extensions!.messages as { vi: string; en: string };
    expect(messages.en).toMatch(/Cannot sort by/);
    expect(messages.vi).toMatch(/Không thể sắp xếp/);
    expect(messages.en).toContain('code');
  });

  it('unknown sort order', async () => {
    expectCleanError(await api.gql(`{ allAdministrativeUnits(sortField: "code", sortOrder: "SIDEWAYS") { id } }`), 'INVALID_SORT_ORDER');
  });

  it('page size 10⁶', async () => {
    const res = await api.gql(`{ allAdministrativeUnits(perPage: 1000000) { id } }`);
    const error = expectCleanError(res, 'PAGE_SIZE_TOO_LARGE');
    expect((error.extensions!.messages as { vi: string }).vi).toContain('1000');
    // A connection's `first` feeds the cost limit, which refuses it before any resolver runs.
    const connection = await api.gql(`{ administrativeUnits(first: 1000000) { nodes { id } } }`);
    expect(connection.status).toBe(400);
    expectCleanError(connection, 'QUERY_TOO_COMPLEX');
    expect(connection.statements).toBe(0);
    expectCleanError(await api.gql(`{ allOrganizations(perPage: 1000000) { id } }`), 'PAGE_SIZE_TOO_LARGE');
  });

  it('negative page', async () => {
    expectCleanError(await api.gql(`{ allAdministrativeUnits(page: -1) { id } }`), 'INVALID_PAGE');
  });

  it('malformed unit code', async () => {
    for (const code of ['1', 'abcd', "01' OR '1'='1", '0001', '']) {
      expectCleanError(await api.gql(`query($code: String) { allAdministrativeUnits(filter: { code: $code }) { id } }`, { code }), 'INVALID_CODE');
    }
  });

  it('malformed ids', async () => {
    expectCleanError(await api.gql(`{ AdministrativeUnit(id: "abc") { id } }`), 'INVALID_ID');
    expectCleanError(await api.gql(`{ allAdministrativeUnits(filter: { ids: ["1", "x"] }) { id } }`), 'INVALID_ID');
    expectCleanError(await api.gql(`{ AdministrativeUnit(id: "99999999999999999999") { id } }`), 'INVALID_ID');
  });

  it('an unknown id is simply not found', async () => {
    const res = await api.gql(`{ AdministrativeUnit(id: "999999999") { id } }`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ AdministrativeUnit: null });
  });

  it('NUL in a string, as a variable or inline', async () => {
    const asVariable = await api.gql(`query($q: String) { allAdministrativeUnits(filter: { q: $q }) { id } }`, { q: 'Ba\u0000Bể' });
    expect(asVariable.status).toBe(400);
    expectCleanError(asVariable, 'INVALID_TEXT');
    const inline = await api.gql(`{ allAdministrativeUnits(filter: { q: "Ba\\u0000Bể" }) { id } }`);
    expect(inline.status).toBe(400);
    expectCleanError(inline, 'INVALID_TEXT');
  });

  it('a lone surrogate', async () => {
    const res = await api.post(`{"query":"query($q: String) { allAdministrativeUnits(filter: { q: $q }) { id } }","variables":{"q":"x\\ud800y"}}`);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('INVALID_TEXT');
  });

  it('a malformed date', async () => {
    const res = await api.gql(`{ allAdministrativeUnits(filter: { validOn: "2025-02-30" }) { id } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  it('a vocabulary code with SQL in it is refused, not run', async () => {
    expectCleanError(await api.gql(`{ allAdministrativeUnits(filter: { level: "province' OR 1=1 --" }) { id } }`), 'INVALID_VALUE');
  });

  it('SQL in a search is plain data', async () => {
    const res = await api.gql<{ allAdministrativeUnits: unknown[] }>(`{ allAdministrativeUnits(filter: { q: "%' OR 1=1 --" }) { id } }`);
    expect(res.status).toBe(200);
    expect(res.body.data!.allAdministrativeUnits).toEqual([]);
    const wildcard = await api.gql<{ allAdministrativeUnits: unknown[] }>(`{ allAdministrativeUnits(filter: { q: "%" }) { id } }`);
    expect(wildcard.body.data!.allAdministrativeUnits).toEqual([]);
  });

  it('malformed JSON body', async () => {
    const res = await api.post('{"query": ');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\(|SyntaxError/);
  });
});

describe('query limits are enforced before any resolver runs', () => {
  it('too many aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: AdministrativeUnit(id: "1") { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.statements).toBe(0);
  });

  it('too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 15; i++) selection = `parent { ${selection} }`;
    const res = await api.gql(`{ allAdministrativeUnits { ${selection} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => 'id').join(' ');
    const res = await api.gql(`{ allAdministrativeUnits { ${fields} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('circular fragments', async () => {
    const res = await api.gql(`query { allAdministrativeUnits { ...A } } fragment A on AdministrativeUnit { parent { ...B } } fragment B on AdministrativeUnit { parent { ...A } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.length).toBeGreaterThan(0);
  });

  it('array batching is refused', async () => {
    const res = await api.post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
  });

  it('a CSRF-style simple request is refused', async () => {
    const res = await fetch(`${api.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
  });

  it('a mutation over GET is refused', async () => {
    const query = encodeURIComponent('mutation { deleteOrganization(id: "1") { id } }');
    const res = await fetch(`${api.graphqlUrl}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });

  it('a typo gets no schema suggestion', async () => {
    const res = await api.gql(`{ allAdministrativeUnit { id } }`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
  });
});
