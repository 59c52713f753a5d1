import { describe, expect, it } from 'vitest';
import { apiKeyStatus } from '../resources/api-key/status';
import {
  ACTING_GRANT_KEY,
  actingGrantHeaders,
  holdsGrant,
  readActingGrant,
  writeActingGrant,
  authHeaders,
  clearSession,
  errorCodeOf,
  grantInput,
  grantLabel,
  isUnauthenticated,
  readSession,
  roleKey,
  SESSION_KEY,
  writeSession,
  type Grant,
} from './session';

/** An in-memory localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

const NOW = Date.parse('2025-07-01T00:00:00Z');

describe('session storage', () => {
  const cases: [string, string | undefined, ReturnType<typeof readSession>][] = [
    ['nothing kept', undefined, null],
    ['a live session', JSON.stringify({ token: 'abc', expiresAt: '2025-07-02T00:00:00Z' }), { token: 'abc', expiresAt: '2025-07-02T00:00:00Z' }],
    ['a session without expiry', JSON.stringify({ token: 'abc' }), { token: 'abc', expiresAt: null }],
    ['an expired session', JSON.stringify({ token: 'abc', expiresAt: '2025-06-30T23:59:59Z' }), null],
    ['a session expiring right now', JSON.stringify({ token: 'abc', expiresAt: '2025-07-01T00:00:00Z' }), null],
    ['an empty token', JSON.stringify({ token: '', expiresAt: null }), null],
    ['not JSON', 'abc', null],
    ['JSON without a token', JSON.stringify({ expiresAt: null }), null],
  ];
  for (const [name, stored, expected] of cases) {
    it(`reads ${name}`, () => {
      const storage = memoryStorage(stored === undefined ? {} : { [SESSION_KEY]: stored });
      expect(readSession(storage, NOW)).toEqual(expected);
    });
  }

  it('writes, reads back and forgets', () => {
    const storage = memoryStorage();
    writeSession(storage, { token: 't-1', expiresAt: '2025-07-02T00:00:00Z' });
    expect(readSession(storage, NOW)).toEqual({ token: 't-1', expiresAt: '2025-07-02T00:00:00Z' });
    clearSession(storage);
    expect(storage.items.has(SESSION_KEY)).toBe(false);
    expect(readSession(storage, NOW)).toBeNull();
  });

  it('without storage there is no session', () => {
    expect(readSession(undefined)).toBeNull();
    expect(() => writeSession(undefined, { token: 'x', expiresAt: null })).not.toThrow();
  });
});

describe('authorization header', () => {
  const cases: [string | null | undefined, Record<string, string>][] = [
    ['abc', { Authorization: 'Bearer abc' }],
    ['  abc  ', { Authorization: 'Bearer abc' }],
    ['', {}],
    ['   ', {}],
    [null, {}],
    [undefined, {}],
  ];
  for (const [token, expected] of cases) {
    it(`${JSON.stringify(token)} → ${JSON.stringify(expected)}`, () => expect(authHeaders(token)).toEqual(expected));
  }
});

describe('the grant acted under (jurisdiction picker)', () => {
  it('is kept, read back and forgotten', () => {
    const storage = memoryStorage();
    expect(readActingGrant(storage)).toBeNull();
    writeActingGrant(storage, '12');
    expect(storage.items.get(ACTING_GRANT_KEY)).toBe('12');
    expect(readActingGrant(storage)).toBe('12');
    writeActingGrant(storage, null);
    expect(storage.items.has(ACTING_GRANT_KEY)).toBe(false);
    expect(readActingGrant(memoryStorage({ [ACTING_GRANT_KEY]: '  ' }))).toBeNull();
    expect(readActingGrant(undefined)).toBeNull();
  });

  const headers: [string | null | undefined, Record<string, string>][] = [
    ['12', { 'x-exemplar-grant': '12' }],
    [' 12 ', { 'x-exemplar-grant': '12' }],
    ['', {}],
    [null, {}],
    [undefined, {}],
  ];
  for (const [grantId, expected] of headers) {
    it(`header for ${JSON.stringify(grantId)} → ${JSON.stringify(expected)}`, () => expect(actingGrantHeaders(grantId)).toEqual(expected));
  }

  it('a kept choice counts only if the principal holds that grant', () => {
    const grants: Grant[] = [{ id: '1', role: 'ADMIN' }, { id: '2', role: 'ANALYST' }];
    expect(holdsGrant(grants, '2')).toBe(true);
    expect(holdsGrant(grants, '3')).toBe(false);
    expect(holdsGrant(grants, null)).toBe(false);
    expect(holdsGrant([], '1')).toBe(false);
  });
});

describe('grant labels', () => {
  const names = {
    role: (role: string) => ({ NATIONAL_ADMIN: 'Quản trị quốc gia', ADMIN: 'Quản trị', API_CLIENT: 'Ứng dụng kết nối' })[role] ?? role,
    organization: (id: string) => (id === '7' ? 'UBND tỉnh Bắc Kạn' : undefined),
    unit: (id: string) => (id === '19' ? 'Tỉnh Thái Nguyên' : undefined),
  };
  const cases: [Grant, string][] = [
    [{ role: 'NATIONAL_ADMIN' }, 'Quản trị quốc gia'],
    [{ role: 'ADMIN', organizationId: '7' }, 'Quản trị · UBND tỉnh Bắc Kạn'],
    [{ role: 'API_CLIENT', unitId: '19' }, 'Ứng dụng kết nối · Tỉnh Thái Nguyên'],
    [{ role: 'ADMIN', organizationId: '7', unitId: '19' }, 'Quản trị · UBND tỉnh Bắc Kạn · Tỉnh Thái Nguyên'],
    [{ role: 'ADMIN', organizationId: '99' }, 'Quản trị · #99'],
    [{ role: 'SOMETHING_NEW' }, 'SOMETHING_NEW'],
  ];
  for (const [grant, expected] of cases) {
    it(`${JSON.stringify(grant)} → ${expected}`, () => expect(grantLabel(grant, names)).toBe(expected));
  }

  it('names roles by their i18n key', () => expect(roleKey('REVIEWER')).toBe('exemplar.auth.roles.REVIEWER'));

  it('sends blank jurisdictions as null', () => {
    expect(grantInput({ role: 'ADMIN', organizationId: '', unitId: undefined })).toEqual({ role: 'ADMIN', organizationId: null, unitId: null });
    expect(grantInput({ role: 'ANALYST', unitId: '19' })).toEqual({ role: 'ANALYST', organizationId: null, unitId: '19' });
  });
});

describe('refused credentials', () => {
  const graphQL = (code: string) => ({ graphQLErrors: [{ message: 'x', extensions: { code } }] });
  const cases: [string, unknown, string | null, boolean][] = [
    ['an Apollo error', graphQL('UNAUTHENTICATED'), 'UNAUTHENTICATED', true],
    ['an Apollo error of another code', graphQL('FORBIDDEN'), 'FORBIDDEN', false],
    ["the data provider's HttpError", { status: 200, body: { code: 'UNAUTHENTICATED' } }, 'UNAUTHENTICATED', true],
    ['an error wrapped in body', { body: graphQL('UNAUTHENTICATED') }, 'UNAUTHENTICATED', true],
    ['an HTTP 401', { status: 401, body: null }, null, true],
    ['a plain error', new Error('boom'), null, false],
    ['nothing', null, null, false],
  ];
  for (const [name, error, code, unauthenticated] of cases) {
    it(`${name}: ${code ?? 'no code'}`, () => {
      expect(errorCodeOf(error)).toBe(code);
      expect(isUnauthenticated(error)).toBe(unauthenticated);
    });
  }
});

describe('API key status', () => {
  const cases: [{ revokedAt?: string | null; expiresAt?: string | null }, string][] = [
    [{}, 'active'],
    [{ expiresAt: '2025-08-01T00:00:00Z' }, 'active'],
    [{ expiresAt: '2025-06-01T00:00:00Z' }, 'expired'],
    [{ revokedAt: '2025-06-15T00:00:00Z', expiresAt: '2025-06-01T00:00:00Z' }, 'revoked'],
    [{ revokedAt: '2025-06-15T00:00:00Z' }, 'revoked'],
  ];
  for (const [key, expected] of cases) {
    it(`${JSON.stringify(key)} → ${expected}`, () => expect(apiKeyStatus(key, NOW)).toBe(expected));
  }
});
