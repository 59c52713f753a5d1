import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The achievement record criteria read (people, households, roles, awards, initiatives, ratings,
 * disciplines, cultural titles, flags, yearly metrics, attestations), the catalogue (award types,
 * authority rules as dated data, fields) and criteria sets.
 *
 * A fact belongs to one subject: a person (CA_NHAN), an organization acting as a collective (TAP_THE)
 * or a household (HO_GIA_DINH). Three nullable foreign keys with "exactly one" checks keep referential
 * integrity; `subject_key` names the subject in one column for unique keys and batch loading.
 */
const SUBJECT_COLUMNS = `
  person_id bigint REFERENCES person (id) ON DELETE CASCADE,
  organization_id bigint REFERENCES organization (id) ON DELETE CASCADE,
  household_id bigint REFERENCES household (id) ON DELETE CASCADE,
  subject_key text GENERATED ALWAYS AS (
    COALESCE('P' || person_id::text, 'O' || organization_id::text, 'H' || household_id::text)
  ) STORED,
  CHECK (num_nonnulls(person_id, organization_id, household_id) = 1)`;

const LEVELS = `'NHA_NUOC', 'BO', 'TINH', 'HUYEN', 'XA', 'CO_SO'`;

export class AchievementRecord1763800000000 implements MigrationInterface {
  name = 'AchievementRecord1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_type (
        id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{1,64}$'),
        name_vi text NOT NULL,
        name_en text NOT NULL,
        category text NOT NULL CHECK (category ~ '^[A-Z_]{1,40}$'),
        level text NOT NULL CHECK (level IN (${LEVELS})),
        subject_kinds text[] NOT NULL CHECK (subject_kinds <@ ARRAY['CA_NHAN', 'TAP_THE', 'HO_GIA_DINH']),
        rank integer NOT NULL,
        periodic boolean NOT NULL DEFAULT false,
        legal_basis text,
        note text,
        search_text text NOT NULL
      )`);
    await q.query(`CREATE INDEX award_type_rank ON award_type (rank DESC, code)`);
    await q.query(`
      CREATE TABLE award_authority_rule (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        award_type_code text NOT NULL REFERENCES award_type (code),
        authority_level text NOT NULL CHECK (authority_level IN (${LEVELS})),
        authority_role text NOT NULL CHECK (authority_role ~ '^[A-Z0-9_]{1,64}$'),
        valid_from date,
        valid_to date,
        validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
        legal_basis text,
        note text,
        CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from),
        UNIQUE NULLS NOT DISTINCT (award_type_code, authority_role, valid_from)
      )`);
    await q.query(`
      CREATE TABLE field (
        id bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{1,64}$'),
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE person (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
        gender text CHECK (gender IN ('NAM', 'NU', 'KHAC')),
        ethnicity text CHECK (length(ethnicity) <= 60),
        staff_category text CHECK (staff_category ~ '^[A-Z_]{1,40}$'),
        unit_id bigint REFERENCES administrative_unit (id),
        search_text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_search ON person USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX person_unit ON person (unit_id)`);

    await q.query(`
      CREATE TABLE household (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        head_person_id bigint REFERENCES person (id),
        unit_id bigint NOT NULL REFERENCES administrative_unit (id),
        search_text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX household_unit ON household (unit_id)`);
    await q.query(`CREATE INDEX household_search ON household USING gin (search_text gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE household_member (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        household_id bigint NOT NULL REFERENCES household (id) ON DELETE CASCADE,
        person_id bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        relation text CHECK (length(relation) <= 40),
        UNIQUE (household_id, person_id)
      )`);
    await q.query(`CREATE INDEX household_member_person ON household_member (person_id)`);

    await q.query(`
      CREATE TABLE position (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        organization_id bigint NOT NULL REFERENCES organization (id),
        role_code text NOT NULL CHECK (role_code ~ '^[A-Z_]{1,40}$'),
        from_date date,
        to_date date,
        CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
      )`);
    await q.query(`CREATE INDEX position_person ON position (person_id)`);
    await q.query(`CREATE INDEX position_organization ON position (organization_id, role_code)`);

    await q.query(`
      CREATE TABLE award_record (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        award_type_code text NOT NULL REFERENCES award_type (code),
        year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
        decision_number text CHECK (length(decision_number) <= 60),
        decision_date date,
        issuer_organization_id bigint REFERENCES organization (id),
        issuer_level text CHECK (issuer_level IN (${LEVELS})),
        issuer_role text CHECK (issuer_role ~ '^[A-Z0-9_]{1,64}$'),
        occasion text CHECK (length(occasion) <= 500),
        achievement_key text NOT NULL CHECK (length(achievement_key) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_record_one_reward_per_achievement UNIQUE (subject_key, achievement_key)
      )`);
    await q.query(`CREATE INDEX award_record_subject ON award_record (subject_key, year)`);

    await q.query(`
      CREATE TABLE initiative (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL DEFAULT 'SANG_KIEN' CHECK (kind IN ('SANG_KIEN', 'DE_TAI_KHOA_HOC')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        recognition_level text CHECK (recognition_level IN (${LEVELS})),
        recognized_by_organization_id bigint REFERENCES organization (id),
        decision_number text CHECK (length(decision_number) <= 60),
        recognized_on date,
        applied boolean,
        field_code text REFERENCES field (code)
      )`);
    await q.query(`
      CREATE TABLE initiative_author (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        initiative_id bigint NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        ${SUBJECT_COLUMNS},
        UNIQUE (initiative_id, subject_key)
      )`);
    await q.query(`CREATE INDEX initiative_author_subject ON initiative_author (subject_key)`);

    await q.query(`
      CREATE TABLE annual_rating (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
        level text NOT NULL CHECK (level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
        CONSTRAINT annual_rating_one_per_year UNIQUE (subject_key, year)
      )`);
    await q.query(`
      CREATE TABLE discipline (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        form text NOT NULL CHECK (form IN ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC')),
        decided_on date NOT NULL,
        effective_to date,
        CHECK (effective_to IS NULL OR effective_to >= decided_on)
      )`);
    await q.query(`CREATE INDEX discipline_subject ON discipline (subject_key)`);
    await q.query(`
      CREATE TABLE cultural_title (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,64}$'),
        year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
        CONSTRAINT cultural_title_one_per_year UNIQUE (subject_key, code, year)
      )`);
    await q.query(`
      CREATE TABLE subject_flag (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,64}$'),
        year integer CHECK (year BETWEEN 1945 AND 2100),
        value boolean NOT NULL,
        CONSTRAINT subject_flag_one_per_year UNIQUE NULLS NOT DISTINCT (subject_key, code, year)
      )`);
    await q.query(`
      CREATE TABLE yearly_metric (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,64}$'),
        year integer NOT NULL CHECK (year BETWEEN 1945 AND 2100),
        value numeric NOT NULL,
        CONSTRAINT yearly_metric_one_per_year UNIQUE (subject_key, code, year)
      )`);
    await q.query(`
      CREATE TABLE attestation (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ${SUBJECT_COLUMNS},
        criterion_key text NOT NULL CHECK (length(criterion_key) BETWEEN 1 AND 120),
        verdict text NOT NULL CHECK (verdict IN ('PASS', 'FAIL')),
        attested_by text NOT NULL CHECK (length(attested_by) BETWEEN 1 AND 200),
        attested_on date NOT NULL,
        note text CHECK (length(note) <= 4000)
      )`);
    for (const table of ['annual_rating', 'cultural_title', 'subject_flag', 'yearly_metric', 'attestation']) {
      await q.query(`CREATE INDEX ${table}_subject ON ${table} (subject_key)`);
    }

    // A criteria set is stored whole (`definition`, the JSON form validated by shared's schema) and
    // spread into `criterion` rows so that criteria are first-class: queryable, referenced by key.
    await q.query(`
      CREATE TABLE criteria_set (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_.-]{1,80}$'),
        title text NOT NULL,
        title_en text,
        origin text NOT NULL CHECK (origin IN ('LAW', 'SEED', 'USER')),
        award_type_code text REFERENCES award_type (code),
        definition jsonb NOT NULL,
        search_text text NOT NULL,
        is_reference boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT criteria_set_code_unique UNIQUE (code)
      )`);
    await q.query(`
      CREATE TABLE criterion (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        criteria_set_id bigint NOT NULL REFERENCES criteria_set (id) ON DELETE CASCADE,
        position integer NOT NULL,
        key text NOT NULL,
        title text NOT NULL,
        title_en text,
        source_text text NOT NULL,
        source text,
        confidence text NOT NULL CHECK (confidence IN ('exact', 'interpreted')),
        applies_to text[] NOT NULL,
        role_group text,
        field text,
        rule jsonb NOT NULL,
        UNIQUE (criteria_set_id, key)
      )`);
    await q.query(`CREATE INDEX criterion_set ON criterion (criteria_set_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS criterion, criteria_set, attestation, yearly_metric, subject_flag, cultural_title,
      discipline, annual_rating, initiative_author, initiative, award_record, position, household_member, household,
      person, field, award_authority_rule, award_type CASCADE`);
  }
}
