import type { Db } from '../../db';
import type { ApiKey, AppUser, Principal, RoleGrant } from './identity.type';

const GRANT_COLUMNS = `g.id::text AS id, g.role, g.organization_id::text AS "organizationId", g.unit_id::text AS "unitId"`;
const KEY_COLUMNS = `k.id::text AS id, k.name, k.prefix, k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt"`;

/** The only place SQL about users, sessions, keys and grants is written. */
export class IdentityRepository {
  constructor(private readonly db: Db) {}

  /**
   * The principal behind a session token or an API key hash, with its live grants, in one statement;
   * null when unknown, expired, revoked or disabled.
   */
  async principal(credential: { sessionHash?: Buffer; keyHash?: Buffer }): Promise<(Principal & { expiresAt: Date | null }) | null> {
    const [row] = await this.db.query<Principal & { expiresAt: Date | null; grants: RoleGrant[] | null }>(
      `WITH who AS (
         SELECT 'USER' AS kind, u.id, u.display_name AS name, s.id AS session_id, s.expires_at FROM app_session s JOIN app_user u ON u.id = s.user_id
         WHERE $1::bytea IS NOT NULL AND s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled
         UNION ALL
         SELECT 'API_KEY', k.id, k.name, NULL, k.expires_at FROM api_key k
         WHERE $2::bytea IS NOT NULL AND k.key_hash = $2 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
       )
       SELECT w.kind, w.id::text AS id, w.name, w.session_id::text AS "sessionId", w.expires_at AS "expiresAt",
         (SELECT json_agg(json_build_object('id', g.id::text, 'role', g.role, 'organizationId', g.organization_id::text, 'unitId', g.unit_id::text) ORDER BY g.id)
          FROM role_grant g WHERE g.revoked_at IS NULL AND (CASE WHEN w.kind = 'USER' THEN g.user_id ELSE g.api_key_id END) = w.id) AS grants
       FROM who w LIMIT 1`,
      [credential.sessionHash ?? null, credential.keyHash ?? null],
    );
    return row ? { ...row, grants: row.grants ?? [] } : null;
  }

  async userByUsername(username: string): Promise<(AppUser & { passwordHash: string }) | null> {
    const [row] = await this.db.query<AppUser & { passwordHash: string }>(
      `SELECT id::text AS id, username, display_name AS "displayName", disabled, password_hash AS "passwordHash" FROM app_user WHERE username = $1`,
      [username],
    );
    return row ?? null;
  }

  async userById(id: string): Promise<(AppUser & { passwordHash: string }) | null> {
    const [row] = await this.db.query<AppUser & { passwordHash: string }>(
      `SELECT id::text AS id, username, display_name AS "displayName", disabled, password_hash AS "passwordHash" FROM app_user WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  async insertUser(user: { username: string; displayName: string; passwordHash: string }): Promise<AppUser> {
    const [row] = await this.db.query<AppUser>(
      `INSERT INTO app_user (username, display_name, password_hash) VALUES ($1, $2, $3)
       RETURNING id::text AS id, username, display_name AS "displayName", disabled`,
      [user.username, user.displayName, user.passwordHash],
    );
    return row;
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.query(`UPDATE app_user SET password_hash = $2, password_changed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
    await this.db.query(`UPDATE app_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /** Expiry is computed by the database, the same clock that checks it. */
  async insertSession(userId: string, tokenHash: Buffer, hours: number): Promise<Date> {
    const [row] = await this.db.query<{ expiresAt: Date }>(
      `INSERT INTO app_session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING expires_at AS "expiresAt"`,
      [userId, tokenHash, hours],
    );
    return row.expiresAt;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE app_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async insertApiKey(key: { name: string; prefix: string; keyHash: Buffer; createdBy: string | null; expiresAt: Date | null }): Promise<ApiKey> {
    const [row] = await this.db.query<ApiKey>(
      `INSERT INTO api_key AS k (name, prefix, key_hash, created_by, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${KEY_COLUMNS}`,
      [key.name, key.prefix, key.keyHash, key.createdBy, key.expiresAt],
    );
    return row;
  }

  async apiKeyForUpdate(id: string): Promise<(ApiKey & { createdBy: string | null }) | null> {
    const [row] = await this.db.query<ApiKey & { createdBy: string | null }>(`SELECT ${KEY_COLUMNS}, k.created_by::text AS "createdBy" FROM api_key k WHERE k.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async revokeApiKey(id: string, replacedBy: string | null): Promise<ApiKey> {
    const [row] = await this.db.query<ApiKey>(
      `UPDATE api_key AS k SET revoked_at = COALESCE(k.revoked_at, now()), replaced_by_id = COALESCE($2, k.replaced_by_id) WHERE k.id = $1 RETURNING ${KEY_COLUMNS}`,
      [id, replacedBy],
    );
    return row;
  }

  grantsOf(holder: { userId?: string; apiKeyId?: string }): Promise<RoleGrant[]> {
    return this.db.query(
      `SELECT ${GRANT_COLUMNS} FROM role_grant g WHERE g.revoked_at IS NULL AND ${holder.userId ? 'g.user_id = $1' : 'g.api_key_id = $1'} ORDER BY g.id`,
      [holder.userId ?? holder.apiKeyId],
    );
  }

  async insertGrant(grant: { userId?: string | null; apiKeyId?: string | null; role: string; organizationId: string | null; unitId: string | null; grantedBy: string | null }): Promise<RoleGrant> {
    const [row] = await this.db.query<RoleGrant>(
      `INSERT INTO role_grant AS g (user_id, api_key_id, role, organization_id, unit_id, granted_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${GRANT_COLUMNS}`,
      [grant.userId ?? null, grant.apiKeyId ?? null, grant.role, grant.organizationId, grant.unitId, grant.grantedBy],
    );
    return row;
  }

  async grantForUpdate(id: string): Promise<RoleGrant | null> {
    const [row] = await this.db.query<RoleGrant>(`SELECT ${GRANT_COLUMNS} FROM role_grant g WHERE g.id = $1 AND g.revoked_at IS NULL FOR UPDATE`, [id]);
    return row ?? null;
  }

  async revokeGrant(id: string): Promise<void> {
    await this.db.query(`UPDATE role_grant SET revoked_at = now() WHERE id = $1`, [id]);
  }

  /** Whether an organization / unit lies in the subtree of another (itself included). */
  async within(table: 'organization' | 'administrative_unit', rootId: string, id: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM ${table}_closure WHERE ancestor_id = $1 AND descendant_id = $2`, [rootId, id]);
    return rows.length === 1;
  }

  async exists(table: 'organization' | 'administrative_unit' | 'app_user' | 'api_key', id: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;
  }
}
