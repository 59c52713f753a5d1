import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plans in their exchange format (shared/src/plans): the validated document is stored whole with its
 * canonical text (export returns it byte for byte), plus the columns lists and filters need. Spreading
 * every part into tables of its own comes with the plan editor.
 */
export class Plans1763900000000 implements MigrationInterface {
  name = 'Plans1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_.-]{1,80}$'),
        number text,
        number_pattern text,
        title text NOT NULL,
        status text NOT NULL,
        issuer_organization_id bigint REFERENCES organization (id),
        period_from integer NOT NULL,
        period_to integer NOT NULL,
        document jsonb NOT NULL,
        canonical text NOT NULL,
        search_text text NOT NULL,
        is_reference boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_code_unique UNIQUE (code),
        CHECK (period_to >= period_from)
      )`);
    await q.query(`CREATE INDEX plan_issuer ON plan (issuer_organization_id)`);
    await q.query(`CREATE INDEX plan_search ON plan USING gin (search_text gin_trgm_ops)`);
    // Every version of a plan stays readable: who changed it, when, why, and what changed.
    await q.query(`
      CREATE TABLE plan_revision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision > 0),
        kind text NOT NULL CHECK (kind IN ('IMPORT', 'AMENDMENT', 'STATUS', 'REFERENCE')),
        status text NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
        document jsonb NOT NULL,
        diff jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_revision_unique UNIQUE (plan_id, revision)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS plan_revision, plan`);
  }
}
