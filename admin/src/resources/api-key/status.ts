/** Whether a key still works: revoked, expired (at `now`), or active. */
export function apiKeyStatus(key: { revokedAt?: string | null; expiresAt?: string | null }, now: number = Date.now()): 'active' | 'revoked' | 'expired' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && !(Date.parse(key.expiresAt) > now)) return 'expired';
  return 'active';
}
