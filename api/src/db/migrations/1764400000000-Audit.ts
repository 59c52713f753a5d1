import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose every change is audited, and the columns never copied into the trail. */
const AUDITED: Record<string, string[]> = {
  organization: [],
  person: [],
  household: [],
  household_member: [],
  position: [],
  award_record: [],
  initiative: [],
  initiative_author: [],
  annual_rating: [],
  discipline: [],
  cultural_title: [],
  subject_flag: [],
  yearly_metric: [],
  attestation: [],
  award_type: [],
  award_authority_rule: [],
  field: [],
  criteria_set: ['definition'],
  plan: ['canonical', 'document'],
  exemplar: [],
  exemplar_activity: [],
  nomination: ['eligibility'],
  council: [],
  council_member: [],
  council_session: [],
  council_session_item: [],
  council_attendance: [],
  council_conflict: [],
  // Who voted, never how: neither council_ballot nor council_secret_tally is audited (the tally's change
  // in the voter's transaction would show the vote).
  council_vote_cast: [],
  award_decision: [],
  award_decision_subject: [],
  milestone_completion: [],
  app_user: ['password_hash'],
  role_grant: [],
  api_key: ['key_hash'],
};

/**
 * The audit trail: every insert, update and delete of the audited tables, written by triggers in the
 * same transaction (rolled-back work leaves no row), with who acted, on whose behalf, under which
 * grants, for which request — read from transaction-local settings the API sets when it opens a write
 * transaction. The trail is append-only: updating, deleting or truncating it is refused.
 */
export class Audit1764400000000 implements MigrationInterface {
  name = 'Audit1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        transaction_id bigint NOT NULL DEFAULT txid_current(),
        actor text NOT NULL,
        on_behalf_of text,
        jurisdiction jsonb,
        request_id text,
        table_name text NOT NULL,
        row_id text,
        action text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_row ON audit_log (table_name, row_id, id)`);
    await q.query(`CREATE INDEX audit_log_actor ON audit_log (actor, id)`);
    await q.query(`CREATE INDEX audit_log_time ON audit_log (occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        -- TG_ARGV (the columns left out) is NULL, not empty, for a trigger without arguments.
        hidden text[] := COALESCE(TG_ARGV, '{}'::text[]) || '{search_text}'::text[];
        b jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - hidden END;
        a jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - hidden END;
      BEGIN
        IF TG_OP = 'UPDATE' AND b = a THEN RETURN NULL; END IF;
        INSERT INTO audit_log (actor, on_behalf_of, jurisdiction, request_id, table_name, row_id, action, before, after)
        VALUES (
          COALESCE(NULLIF(current_setting('exemplar.actor', true), ''), 'system'),
          NULLIF(current_setting('exemplar.on_behalf_of', true), ''),
          NULLIF(current_setting('exemplar.jurisdiction', true), '')::jsonb,
          NULLIF(current_setting('exemplar.request_id', true), ''),
          TG_TABLE_NAME, COALESCE(a->>'id', b->>'id'), TG_OP, b, a);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'EX002';
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
    for (const [table, hidden] of Object.entries(AUDITED)) {
      const args = hidden.map((c) => `'${c}'`).join(', ');
      await q.query(`CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(AUDITED)) await q.query(`DROP TRIGGER IF EXISTS ${table}_audit ON ${table}`);
    await q.query(`DROP TABLE IF EXISTS audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_row(), audit_log_append_only()`);
  }
}
