import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The territorial tree (GSO units of both states, with the official old → new mapping) and the tree of
 * organizations located in it. Levels and kinds are rows, not columns. Each tree keeps a closure table,
 * maintained by triggers, so a whole subtree is one indexed join rather than recursion per request.
 */
export class AdministrativeHierarchy1763700000000 implements MigrationInterface {
  name = 'AdministrativeHierarchy1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE administrative_level (
        code text PRIMARY KEY CHECK (code ~ '^[a-z_]{1,32}$'),
        depth smallint NOT NULL UNIQUE CHECK (depth > 0),
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE administrative_unit_kind (
        code text PRIMARY KEY CHECK (code ~ '^[a-z_]{1,32}$'),
        level_code text NOT NULL REFERENCES administrative_level (code),
        prefix text NOT NULL,
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE administrative_unit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dataset text NOT NULL CHECK (dataset ~ '^[A-Z0-9-]{1,32}$'),
        code text NOT NULL CHECK (code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        short_name text NOT NULL,
        kind_code text NOT NULL REFERENCES administrative_unit_kind (code),
        level_code text NOT NULL REFERENCES administrative_level (code),
        parent_id bigint REFERENCES administrative_unit (id),
        valid_from date,
        valid_to date,
        validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
        search_text text NOT NULL,
        CONSTRAINT administrative_unit_valid_range CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT administrative_unit_dataset_code UNIQUE (dataset, code)
      )`);
    await q.query(`CREATE INDEX administrative_unit_parent ON administrative_unit (parent_id, code)`);
    await q.query(`CREATE INDEX administrative_unit_code ON administrative_unit (code)`);
    await q.query(`CREATE INDEX administrative_unit_validity ON administrative_unit USING gist (validity)`);
    await q.query(`CREATE INDEX administrative_unit_level ON administrative_unit (level_code, code)`);
    await q.query(`CREATE INDEX administrative_unit_search ON administrative_unit USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE administrative_unit_closure (
        ancestor_id bigint NOT NULL REFERENCES administrative_unit (id) ON DELETE CASCADE,
        descendant_id bigint NOT NULL REFERENCES administrative_unit (id) ON DELETE CASCADE,
        depth smallint NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (ancestor_id, descendant_id)
      )`);
    await q.query(`CREATE INDEX administrative_unit_closure_descendant ON administrative_unit_closure (descendant_id, depth)`);

    await q.query(`
      CREATE TABLE administrative_unit_succession (
        predecessor_id bigint NOT NULL REFERENCES administrative_unit (id) ON DELETE CASCADE,
        successor_id bigint NOT NULL REFERENCES administrative_unit (id) ON DELETE CASCADE,
        share text NOT NULL CHECK (share IN ('full', 'partial')),
        effective_date date NOT NULL,
        note text,
        PRIMARY KEY (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await q.query(`CREATE INDEX administrative_unit_succession_successor ON administrative_unit_succession (successor_id)`);

    await q.query(`
      CREATE TABLE organization_kind (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z_]{1,32}$'),
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sector (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z_]{1,32}$'),
        name_vi text NOT NULL,
        name_en text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE organization (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9_.-]{1,64}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
        short_name text CHECK (length(short_name) <= 200),
        kind_code text NOT NULL REFERENCES organization_kind (code),
        sector_code text REFERENCES sector (code),
        parent_id bigint REFERENCES organization (id),
        unit_id bigint REFERENCES administrative_unit (id),
        valid_from date,
        valid_to date,
        validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
        search_text text NOT NULL,
        note text CHECK (length(note) <= 4000),
        is_reference boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_code_unique UNIQUE (code),
        CONSTRAINT organization_valid_range CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX organization_parent ON organization (parent_id)`);
    await q.query(`CREATE INDEX organization_unit ON organization (unit_id)`);
    await q.query(`CREATE INDEX organization_kind_sector ON organization (kind_code, sector_code)`);
    await q.query(`CREATE INDEX organization_validity ON organization USING gist (validity)`);
    await q.query(`CREATE INDEX organization_search ON organization USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE organization_closure (
        ancestor_id bigint NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        descendant_id bigint NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        depth smallint NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (ancestor_id, descendant_id)
      )`);
    await q.query(`CREATE INDEX organization_closure_descendant ON organization_closure (descendant_id, depth)`);

    await q.query(`
      CREATE TABLE organization_succession (
        predecessor_id bigint NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        successor_id bigint NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        effective_date date,
        note text,
        PRIMARY KEY (predecessor_id, successor_id),
        CHECK (predecessor_id <> successor_id)
      )`);
    await q.query(`CREATE INDEX organization_succession_successor ON organization_succession (successor_id)`);

    // Which reference files were loaded, so a second start can skip what is already there.
    await q.query(`
      CREATE TABLE reference_dataset (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);

    for (const table of ['administrative_unit', 'organization']) await this.closureTriggers(q, table);
  }

  /**
   * Keeps `<table>_closure` equal to the transitive parent relation, and refuses a parent that would
   * make a cycle. The database enforces it whatever path wrote the row.
   */
  private async closureTriggers(q: QueryRunner, table: string): Promise<void> {
    const closure = `${table}_closure`;
    await q.query(`
      CREATE FUNCTION ${table}_closure_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${closure} (ancestor_id, descendant_id, depth)
        SELECT NEW.id, NEW.id, 0
        UNION ALL
        SELECT c.ancestor_id, NEW.id, c.depth + 1 FROM ${closure} c WHERE c.descendant_id = NEW.parent_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION ${table}_closure_check_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.parent_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM ${closure} c WHERE c.ancestor_id = NEW.id AND c.descendant_id = NEW.parent_id
        ) THEN
          RAISE EXCEPTION 'parent cycle' USING ERRCODE = 'EX001';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION ${table}_closure_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM ${closure} c
        WHERE c.descendant_id IN (SELECT s.descendant_id FROM ${closure} s WHERE s.ancestor_id = NEW.id)
          AND c.ancestor_id NOT IN (SELECT s.descendant_id FROM ${closure} s WHERE s.ancestor_id = NEW.id);
        INSERT INTO ${closure} (ancestor_id, descendant_id, depth)
        SELECT up.ancestor_id, down.descendant_id, up.depth + down.depth + 1
        FROM ${closure} up CROSS JOIN ${closure} down
        WHERE up.descendant_id = NEW.parent_id AND down.ancestor_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER ${table}_closure_insert AFTER INSERT ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${table}_closure_insert()`);
    await q.query(`CREATE TRIGGER ${table}_closure_check_cycle BEFORE UPDATE OF parent_id ON ${table}
      FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION ${table}_closure_check_cycle()`);
    await q.query(`CREATE TRIGGER ${table}_closure_move AFTER UPDATE OF parent_id ON ${table}
      FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION ${table}_closure_move()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS reference_dataset, organization_succession, organization_closure, organization,
      sector, organization_kind, administrative_unit_succession, administrative_unit_closure, administrative_unit,
      administrative_unit_kind, administrative_level CASCADE`);
    for (const table of ['administrative_unit', 'organization']) {
      await q.query(`DROP FUNCTION IF EXISTS ${table}_closure_insert(), ${table}_closure_check_cycle(), ${table}_closure_move()`);
    }
  }
}
