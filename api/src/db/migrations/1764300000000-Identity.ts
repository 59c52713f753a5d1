import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who acts: console users (passwords hashed with scrypt, a memory-hard function), their sessions
 * (opaque tokens stored as hashes, expiring, revocable), API keys for downstream apps (hashed at
 * rest, expiring, rotatable, revocable) and the roles granted to either on a jurisdiction (an
 * organization subtree and/or a territorial subtree).
 */
export class Identity1764300000000 implements MigrationInterface {
  name = 'Identity1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        disabled boolean NOT NULL DEFAULT false,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_username_unique UNIQUE (username)
      )`);
    await q.query(`
      CREATE TABLE app_session (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT app_session_token_unique UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX app_session_user ON app_session (user_id)`);
    await q.query(`
      CREATE TABLE api_key (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        prefix text NOT NULL CHECK (prefix ~ '^[A-Za-z0-9_-]{8}$'),
        key_hash bytea NOT NULL CHECK (length(key_hash) = 32),
        created_by bigint REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        replaced_by_id bigint REFERENCES api_key (id),
        CONSTRAINT api_key_prefix_unique UNIQUE (prefix),
        CONSTRAINT api_key_hash_unique UNIQUE (key_hash)
      )`);
    await q.query(`
      CREATE TABLE role_grant (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id bigint REFERENCES app_user (id) ON DELETE CASCADE,
        api_key_id bigint REFERENCES api_key (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('NATIONAL_ADMIN', 'ADMIN', 'REVIEWER', 'ANALYST', 'API_CLIENT')),
        organization_id bigint REFERENCES organization (id),
        unit_id bigint REFERENCES administrative_unit (id),
        granted_by bigint REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK (num_nonnulls(user_id, api_key_id) = 1),
        CHECK (role = 'NATIONAL_ADMIN' OR num_nonnulls(organization_id, unit_id) >= 1),
        CHECK (role <> 'API_CLIENT' OR api_key_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX role_grant_user ON role_grant (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX role_grant_api_key ON role_grant (api_key_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS role_grant, api_key, app_session, app_user`);
  }
}
