import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inOrgs, inReadOrgs, inUnits, JURISDICTION_TABLES, SCOPE_ALL } from '../jurisdiction-sql';

/** The role the API's requests run as: not the owner, no BYPASSRLS, no DDL, no rewriting the trail. */
export const APP_ROLE = 'exemplar_app';

// Predicates shared by the policies. Each reads the request's jurisdiction from transaction-local
// settings the API writes when a request opens its transaction (see exemplar_enter_jurisdiction):
// bitmaps of the organizations and units inside it, so that a row's check is one bit, whatever the
// jurisdiction's size. The sub-selects make PostgreSQL decode each setting once per statement (an
// InitPlan), not per row.
const ALL = SCOPE_ALL;
const org = inOrgs;
const unit = inUnits;
const subject = (t: string) => `CASE
  WHEN ${t}.person_id IS NOT NULL THEN EXISTS (SELECT 1 FROM person x WHERE x.id = ${t}.person_id)
  WHEN ${t}.household_id IS NOT NULL THEN EXISTS (SELECT 1 FROM household x WHERE x.id = ${t}.household_id)
  ELSE ${org(`${t}.organization_id`)} END`;

/**
 * Who may see and change a row of each table: `own` is the jurisdiction's rows (read and write); `read`
 * widens what may be read (the organizations above one's own and the plans they issued, which apply
 * to it). A row reached through a parent (a plan's parts, a council's sessions) follows its parent:
 * the EXISTS runs under the parent's own policy.
 */
export const POLICIES: Record<string, { own: string; read?: string }> = {
  // A new organization passes when it sits under one of the jurisdiction's or inside its territory.
  organization: {
    own: `${org('organization.id')} OR ${org('organization.parent_id')} OR ${unit('organization.unit_id')}`,
    read: inReadOrgs('organization.id'),
  },
  position: { own: org('position.organization_id') },
  person: {
    own: `${unit('person.unit_id')} OR EXISTS (SELECT 1 FROM position x WHERE x.person_id = person.id AND ${org('x.organization_id')})`,
  },
  household: { own: unit('household.unit_id') },
  household_member: { own: `EXISTS (SELECT 1 FROM household x WHERE x.id = household_member.household_id)` },
  award_record: { own: subject('award_record') },
  initiative: {
    own: `${org('initiative.recognized_by_organization_id')} OR EXISTS (SELECT 1 FROM initiative_author x WHERE x.initiative_id = initiative.id)`,
  },
  initiative_author: { own: subject('initiative_author') },
  annual_rating: { own: subject('annual_rating') },
  discipline: { own: subject('discipline') },
  cultural_title: { own: subject('cultural_title') },
  subject_flag: { own: subject('subject_flag') },
  yearly_metric: { own: subject('yearly_metric') },
  attestation: { own: subject('attestation') },
  plan: {
    own: org('plan.issuer_organization_id'),
    read: `plan.issuer_organization_id IS NULL OR ${inReadOrgs('plan.issuer_organization_id')}`,
  },
  plan_revision: {
    own: `EXISTS (SELECT 1 FROM plan x WHERE x.id = plan_revision.plan_id AND ${org('x.issuer_organization_id')})`,
    read: `EXISTS (SELECT 1 FROM plan x WHERE x.id = plan_revision.plan_id)`,
  },
  plan_item: {
    own: `EXISTS (SELECT 1 FROM plan x WHERE x.id = plan_item.plan_id AND ${org('x.issuer_organization_id')})`,
    read: `EXISTS (SELECT 1 FROM plan x WHERE x.id = plan_item.plan_id)`,
  },
  milestone_completion: {
    own: `EXISTS (SELECT 1 FROM plan_item i JOIN plan x ON x.id = i.plan_id WHERE i.id = milestone_completion.milestone_item_id AND ${org('x.issuer_organization_id')})`,
    read: `EXISTS (SELECT 1 FROM plan_item i WHERE i.id = milestone_completion.milestone_item_id)`,
  },
  exemplar: {
    own: `${org('exemplar.organization_in_charge_id')} OR ${unit('exemplar.unit_id')} OR ${org('exemplar.organization_id')}
      OR EXISTS (SELECT 1 FROM plan x WHERE x.id = exemplar.plan_id AND ${org('x.issuer_organization_id')})`,
  },
  exemplar_transition: { own: `EXISTS (SELECT 1 FROM exemplar x WHERE x.id = exemplar_transition.exemplar_id)` },
  exemplar_activity: { own: `EXISTS (SELECT 1 FROM exemplar x WHERE x.id = exemplar_activity.exemplar_id)` },
  nomination: { own: `${org('nomination.nominating_organization_id')} OR ${org('nomination.council_organization_id')}` },
  nomination_transition: { own: `EXISTS (SELECT 1 FROM nomination x WHERE x.id = nomination_transition.nomination_id)` },
  council: { own: org('council.organization_id') },
  council_member: { own: `EXISTS (SELECT 1 FROM council x WHERE x.id = council_member.council_id)` },
  council_session: { own: `EXISTS (SELECT 1 FROM council x WHERE x.id = council_session.council_id)` },
  council_session_item: { own: `EXISTS (SELECT 1 FROM council_session x WHERE x.id = council_session_item.session_id)` },
  council_attendance: { own: `EXISTS (SELECT 1 FROM council_session x WHERE x.id = council_attendance.session_id)` },
  council_conflict: { own: `EXISTS (SELECT 1 FROM council_session x WHERE x.id = council_conflict.session_id)` },
  council_vote_cast: { own: `EXISTS (SELECT 1 FROM council_session x WHERE x.id = council_vote_cast.session_id)` },
  council_ballot: { own: `EXISTS (SELECT 1 FROM council_session x WHERE x.id = council_ballot.session_id)` },
  council_secret_tally: { own: `EXISTS (SELECT 1 FROM council_session x WHERE x.id = council_secret_tally.session_id)` },
  award_decision: { own: org('award_decision.issuing_organization_id') },
  award_decision_subject: { own: `EXISTS (SELECT 1 FROM award_decision x WHERE x.id = award_decision_subject.decision_id)` },
};

/** Audited tables whose trail a jurisdiction reads: an entry is visible when its record is. */
const AUDIT_VISIBLE = [
  'organization', 'person', 'household', 'position', 'award_record', 'initiative', 'annual_rating', 'discipline',
  'cultural_title', 'subject_flag', 'yearly_metric', 'attestation', 'plan', 'exemplar', 'exemplar_activity', 'nomination',
  'council', 'council_member', 'council_session', 'award_decision',
];

/** Reference data and bookkeeping: the API reads them, only the owner (migrations, the loader) writes. */
const READ_ONLY = [
  'administrative_level', 'administrative_unit_kind', 'administrative_unit', 'administrative_unit_closure',
  'administrative_unit_succession', 'organization_kind', 'sector', 'reference_dataset', 'typeorm_migrations', 'audit_log',
];

/**
 * Jurisdiction in the database: row-level security on every table a jurisdiction owns, forced for
 * the owner too, and a separate role the API's requests run as (`SET LOCAL ROLE` in each request's
 * transaction), which is not the owner, cannot bypass the policies, cannot write reference data and
 * cannot rewrite the audit trail (the trail is written by a SECURITY DEFINER trigger function).
 */
export class Jurisdiction1764500000000 implements MigrationInterface {
  name = 'Jurisdiction1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      END $$`);
    // The connecting owner switches to the role per request; membership is what allows SET ROLE.
    await q.query(`GRANT ${APP_ROLE} TO CURRENT_USER`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${READ_ONLY.join(', ')} FROM ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);

    // The jurisdiction of a request, as settings local to its transaction (see ../jurisdiction-sql.ts:
    // the policies below are plain expressions over them, no function calls).
    await q.query(`
      CREATE FUNCTION exemplar_bitmap(ids bigint[]) RETURNS bytea LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        bits bytea := decode(repeat('00', (COALESCE((SELECT max(x) FROM unnest(ids) x), -1) / 8 + 1)::int), 'hex');
        x bigint;
      BEGIN
        FOREACH x IN ARRAY ids LOOP
          IF x >= 0 THEN bits := set_bit(bits, x, 1); END IF;
        END LOOP;
        RETURN bits;
      END $$`);
    // A territorial subtree in both states of the 2025 reform: the units under the roots, everything
    // their units came from (so the new Tỉnh Thái Nguyên covers the former Bắc Kạn and Ba Bể), and
    // the new units formed wholly out of that territory (so a 2024 grant follows its communes).
    await q.query(`
      CREATE FUNCTION exemplar_territory(roots bigint[]) RETURNS bigint[] LANGUAGE sql STABLE AS $$
        WITH RECURSIVE inside AS (
          SELECT c.descendant_id AS id FROM administrative_unit_closure c WHERE c.ancestor_id = ANY (roots)
        ), earlier (id) AS (
          SELECT id FROM inside
          UNION SELECT s.predecessor_id FROM administrative_unit_succession s JOIN earlier e ON s.successor_id = e.id
        ), covered AS (
          SELECT c.descendant_id AS id FROM administrative_unit_closure c WHERE c.ancestor_id IN (SELECT id FROM earlier)
        ), later AS (
          SELECT DISTINCT s.successor_id AS id FROM administrative_unit_succession s
          WHERE s.predecessor_id IN (SELECT id FROM covered)
            AND NOT EXISTS (SELECT 1 FROM administrative_unit_succession t
                            WHERE t.successor_id = s.successor_id AND t.predecessor_id NOT IN (SELECT id FROM covered))
        )
        SELECT COALESCE(array_agg(DISTINCT id), '{}') FROM (
          SELECT id FROM covered
          UNION SELECT c.descendant_id FROM administrative_unit_closure c WHERE c.ancestor_id IN (SELECT id FROM later)
        ) t $$`);
    // A jurisdiction's extent (units, organizations, organizations above them), computed once per
    // set of roots and kept until an organization or a unit changes: opening a request's
    // jurisdiction is then one index probe, not a walk of the hierarchy.
    await q.query(`
      CREATE TABLE jurisdiction_extent (
        org_roots bigint[] NOT NULL,
        unit_roots bigint[] NOT NULL,
        -- The hierarchy's generation it was computed from: a computation racing a change is never reused.
        generation bigint NOT NULL,
        -- Bitmaps (hex) of the units, the organizations and the organizations above them.
        units text NOT NULL,
        orgs text NOT NULL,
        read_orgs text NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_roots, unit_roots, generation)
      )`);
    await q.query(`CREATE TABLE jurisdiction_generation (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), n bigint NOT NULL)`);
    await q.query(`INSERT INTO jurisdiction_generation (n) VALUES (1)`);
    await q.query(`REVOKE ALL ON jurisdiction_generation FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON jurisdiction_generation TO ${APP_ROLE}`);
    // The app's role reads extents (ids only) to open a request's jurisdiction in one statement when
    // it is cached (see enterJurisdiction in ../jurisdiction-sql.ts); only the owner writes them.
    await q.query(`REVOKE ALL ON jurisdiction_extent FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON jurisdiction_extent TO ${APP_ROLE}`);
    await q.query(`
      CREATE FUNCTION exemplar_forget_extents() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE jurisdiction_generation SET n = n + 1;
        DELETE FROM jurisdiction_extent WHERE generation < (SELECT n FROM jurisdiction_generation);
        RETURN NULL;
      END $$`);
    await q.query(`ALTER FUNCTION exemplar_forget_extents() SECURITY DEFINER SET search_path = public, pg_temp`);
    await q.query(`CREATE TRIGGER organization_forget_extents AFTER INSERT OR DELETE OR UPDATE OF parent_id, unit_id ON organization FOR EACH STATEMENT EXECUTE FUNCTION exemplar_forget_extents()`);
    for (const table of ['administrative_unit', 'administrative_unit_closure', 'administrative_unit_succession']) {
      await q.query(`CREATE TRIGGER ${table}_forget_extents AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION exemplar_forget_extents()`);
    }

    // Opens a request's jurisdiction from its grants' roots: organization subtrees and territorial
    // subtrees (a grant naming both covers both). Runs as the owner with the scope briefly 'all' (so
    // that it sees every organization); leaves the extent in settings local to the transaction and
    // the scope 'jurisdiction'.
    await q.query(`
      CREATE FUNCTION exemplar_enter_jurisdiction(org_roots_in bigint[], unit_roots_in bigint[])
        RETURNS TABLE (generation bigint, units text, orgs text, read_orgs text) LANGUAGE plpgsql AS $$
      DECLARE
        o_roots bigint[] := ARRAY(SELECT DISTINCT x FROM unnest(org_roots_in) x ORDER BY x);
        u_roots bigint[] := ARRAY(SELECT DISTINCT x FROM unnest(unit_roots_in) x ORDER BY x);
        g bigint := (SELECT jg.n FROM jurisdiction_generation jg);
        e jurisdiction_extent%ROWTYPE;
        unit_ids bigint[];
        org_ids bigint[];
      BEGIN
        PERFORM set_config('exemplar.scope', 'all', true);
        SELECT * INTO e FROM jurisdiction_extent j WHERE j.org_roots = o_roots AND j.unit_roots = u_roots AND j.generation = g;
        IF NOT FOUND THEN
          unit_ids := exemplar_territory(u_roots);
          SELECT COALESCE(array_agg(DISTINCT t.id), '{}') INTO org_ids FROM (
            SELECT c.descendant_id AS id FROM organization_closure c WHERE c.ancestor_id = ANY (o_roots)
            UNION ALL SELECT o.id FROM organization o WHERE o.unit_id = ANY (unit_ids)) t;
          e.org_roots := o_roots;
          e.unit_roots := u_roots;
          e.generation := g;
          e.units := encode(exemplar_bitmap(unit_ids), 'hex');
          e.orgs := encode(exemplar_bitmap(org_ids), 'hex');
          -- Organizations above one's own are readable (names of issuers, the plans that apply).
          e.read_orgs := encode(exemplar_bitmap(ARRAY(SELECT DISTINCT c.ancestor_id FROM organization_closure c WHERE c.descendant_id = ANY (org_ids))), 'hex');
          INSERT INTO jurisdiction_extent AS x (org_roots, unit_roots, generation, units, orgs, read_orgs)
          VALUES (e.org_roots, e.unit_roots, g, e.units, e.orgs, e.read_orgs) ON CONFLICT DO NOTHING;
        END IF;
        PERFORM set_config('exemplar.units', e.units, true), set_config('exemplar.orgs', e.orgs, true),
                set_config('exemplar.read_orgs', e.read_orgs, true), set_config('exemplar.scope', 'jurisdiction', true);
        RETURN QUERY SELECT g, e.units, e.orgs, e.read_orgs;
      END $$`);
    // It runs as the owner (it reads every organization and keeps the cache of extents), for the app's
    // role only.
    await q.query(`ALTER FUNCTION exemplar_enter_jurisdiction(bigint[], bigint[]) SECURITY DEFINER SET search_path = public, pg_temp`);
    await q.query(`REVOKE EXECUTE ON FUNCTION exemplar_enter_jurisdiction(bigint[], bigint[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION exemplar_enter_jurisdiction(bigint[], bigint[]) TO ${APP_ROLE}`);

    const guarded = [...Object.keys(POLICIES), 'audit_log'].sort();
    if (guarded.join() !== [...JURISDICTION_TABLES].sort().join()) throw new Error('JURISDICTION_TABLES must list exactly the guarded tables');
    for (const [table, { own, read }] of Object.entries(POLICIES)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY jurisdiction ON ${table} FOR ALL USING (${ALL} OR ${own}) WITH CHECK (${ALL} OR ${own})`);
      if (read) await q.query(`CREATE POLICY jurisdiction_read ON ${table} FOR SELECT USING (${read})`);
    }

    // The trail: written only by the trigger function (as the owner), read by a jurisdiction for the
    // records it can see.
    await q.query(`ALTER FUNCTION audit_row() SECURITY DEFINER SET search_path = public, pg_temp`);
    await q.query(`ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_log FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY audit_append ON audit_log FOR INSERT WITH CHECK (true)`);
    const visible = AUDIT_VISIBLE.map(
      (t) => `WHEN '${t}' THEN EXISTS (SELECT 1 FROM ${t} x WHERE x.id = audit_log.row_id::bigint)`,
    ).join('\n        ');
    await q.query(`
      CREATE POLICY audit_read ON audit_log FOR SELECT USING (${ALL} OR CASE WHEN audit_log.row_id !~ '^[0-9]{1,18}$' THEN false
        ELSE CASE audit_log.table_name
        ${visible}
        ELSE false END END)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS audit_read ON audit_log`);
    await q.query(`DROP POLICY IF EXISTS audit_append ON audit_log`);
    await q.query(`ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER FUNCTION audit_row() SECURITY INVOKER`);
    for (const table of Object.keys(POLICIES)) {
      await q.query(`DROP POLICY IF EXISTS jurisdiction ON ${table}`);
      await q.query(`DROP POLICY IF EXISTS jurisdiction_read ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP TRIGGER IF EXISTS organization_forget_extents ON organization`);
    for (const table of ['administrative_unit', 'administrative_unit_closure', 'administrative_unit_succession']) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_forget_extents ON ${table}`);
    }
    await q.query(`DROP TABLE IF EXISTS jurisdiction_extent, jurisdiction_generation`);
    await q.query(`DROP FUNCTION IF EXISTS exemplar_forget_extents(), exemplar_enter_jurisdiction(bigint[], bigint[]), exemplar_territory(bigint[]),
      exemplar_bitmap(bigint[])`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
