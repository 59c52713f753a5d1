import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// Frozen here (a migration must not change when shared/src/exemplars/lifecycle.ts does; a new stage is a new migration).
const EXEMPLAR_STAGES = ['CANDIDATE', 'NOMINATED', 'UNDER_REVIEW', 'RECOGNISED', 'NURTURING', 'REVIEWED', 'REPLICATING', 'HONOURED', 'ARCHIVED', 'NOT_SELECTED', 'WITHDRAWN', 'REVOKED'];
const NOMINATION_STATUSES = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'RETURNED', 'APPRAISED', 'COUNCIL_REVIEW', 'APPROVED', 'REJECTED', 'DECIDED', 'FORWARDED', 'WITHDRAWN'];

/** A subject (person, organization or household) — optional where a named model stands on its own. */
const OPTIONAL_SUBJECT = `
  person_id bigint REFERENCES person (id),
  organization_id bigint REFERENCES organization (id),
  household_id bigint REFERENCES household (id),
  subject_key text GENERATED ALWAYS AS (
    COALESCE('P' || person_id::text, 'O' || organization_id::text, 'H' || household_id::text)
  ) STORED,
  CHECK (num_nonnulls(person_id, organization_id, household_id) <= 1)`;

/**
 * Exemplars (điển hình / mô hình) through the four stages, and nominations to councils. Every stage
 * or status change is a row of its own (who, when, why); nothing is updated without its version.
 */
export class Exemplars1764100000000 implements MigrationInterface {
  name = 'Exemplars1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exemplar (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${OPTIONAL_SUBJECT},
        model_name text CHECK (length(model_name) BETWEEN 1 AND 500),
        description text CHECK (length(description) <= 10000),
        CHECK (subject_key IS NOT NULL OR model_name IS NOT NULL),
        plan_id bigint REFERENCES plan (id),
        fields text[] NOT NULL DEFAULT '{}',
        discovered_via text NOT NULL CHECK (discovered_via IN ('EMULATION_MOVEMENT', 'PRESS_REPORT', 'INSPECTION', 'UNIT_PROPOSAL', 'OTHER')),
        discovered_on date,
        organization_in_charge_id bigint REFERENCES organization (id),
        unit_id bigint REFERENCES administrative_unit (id),
        stage text NOT NULL DEFAULT 'CANDIDATE' CHECK (stage IN (${list(EXEMPLAR_STAGES)})),
        search_text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX exemplar_plan ON exemplar (plan_id, stage)`);
    await q.query(`CREATE INDEX exemplar_subject ON exemplar (subject_key)`);
    await q.query(`CREATE INDEX exemplar_unit ON exemplar (unit_id, stage)`);
    await q.query(`CREATE INDEX exemplar_org ON exemplar (organization_in_charge_id, stage)`);
    await q.query(`CREATE INDEX exemplar_search ON exemplar USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE exemplar_transition (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        exemplar_id bigint NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
        from_stage text CHECK (from_stage IN (${list(EXEMPLAR_STAGES)})),
        to_stage text NOT NULL CHECK (to_stage IN (${list(EXEMPLAR_STAGES)})),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
        source text CHECK (length(source) <= 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX exemplar_transition_exemplar ON exemplar_transition (exemplar_id, id)`);

    // Nurturing actions, evaluations, publicity and replication: one table, the kind deciding which
    // columns must be filled.
    await q.query(`
      CREATE TABLE exemplar_activity (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        exemplar_id bigint NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('NURTURING', 'EVALUATION', 'PUBLICITY', 'REPLICATION')),
        subtype text CHECK (subtype ~ '^[A-Z_]{1,40}$'),
        happened_on date NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        details text CHECK (length(details) <= 10000),
        organization_id bigint REFERENCES organization (id),
        channel text CHECK (channel IN ('MONDAY_READING', 'BULLETIN', 'PORTAL', 'PROVINCIAL_NEWSPAPER', 'RADIO_TV', 'SOCIAL_MEDIA', 'OTHER')),
        outlet text CHECK (length(outlet) <= 300),
        link text CHECK (link ~ '^https?://' AND length(link) <= 2000),
        adopting_organization_ids bigint[] NOT NULL DEFAULT '{}',
        search_text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exemplar_activity_publicity_channel CHECK (kind <> 'PUBLICITY' OR channel IS NOT NULL),
        CONSTRAINT exemplar_activity_evaluation_subtype CHECK (kind <> 'EVALUATION' OR subtype IN ('MONITORING', 'INSPECTION')),
        CONSTRAINT exemplar_activity_replication_subtype CHECK (kind <> 'REPLICATION' OR subtype IN ('STUDY_VISIT', 'EXCHANGE', 'OWN_REPORT', 'CONFERENCE'))
      )`);
    await q.query(`CREATE INDEX exemplar_activity_exemplar ON exemplar_activity (exemplar_id, kind, happened_on)`);
    await q.query(`CREATE INDEX exemplar_activity_publicity ON exemplar_activity (kind, channel, happened_on)`);

    await q.query(`
      CREATE TABLE nomination (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id bigint NOT NULL REFERENCES plan (id),
        quota_item_id bigint REFERENCES plan_item (id),
        nominating_organization_id bigint NOT NULL REFERENCES organization (id),
        council_organization_id bigint REFERENCES organization (id),
        exemplar_id bigint REFERENCES exemplar (id),
        ${OPTIONAL_SUBJECT},
        CHECK (exemplar_id IS NOT NULL OR subject_key IS NOT NULL),
        period_year integer NOT NULL CHECK (period_year BETWEEN 1945 AND 2100),
        period_quarter smallint CHECK (period_quarter BETWEEN 1 AND 4),
        period_month smallint CHECK (period_month BETWEEN 1 AND 12),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${list(NOMINATION_STATUSES)})),
        summary jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(summary) = 'object'),
        attachments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attachments) = 'array'),
        submitted_on date,
        returned_reason text CHECK (length(returned_reason) <= 2000),
        eligibility jsonb,
        forwarded_from_id bigint REFERENCES nomination (id),
        search_text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX nomination_quota ON nomination (quota_item_id, nominating_organization_id, period_year, period_quarter)`);
    await q.query(`CREATE INDEX nomination_plan ON nomination (plan_id, status)`);
    await q.query(`CREATE INDEX nomination_nominator ON nomination (nominating_organization_id, status)`);
    await q.query(`CREATE INDEX nomination_exemplar ON nomination (exemplar_id)`);
    await q.query(`CREATE INDEX nomination_search ON nomination USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE nomination_transition (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        nomination_id bigint NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN (${list(NOMINATION_STATUSES)})),
        to_status text NOT NULL CHECK (to_status IN (${list(NOMINATION_STATUSES)})),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX nomination_transition_nomination ON nomination_transition (nomination_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS nomination_transition, nomination, exemplar_activity, exemplar_transition, exemplar`);
  }
}
