import type { MigrationInterface, QueryRunner } from 'typeorm';

const LISTS = [
  'parentPlans',
  'legalBases',
  'objectives',
  'requirements',
  'contentItems',
  'subjects',
  'criteriaSets',
  'quotaRules',
  'submissionWindows',
  'milestones',
  'responsibilities',
  'kpis',
  'recipients',
];

/**
 * Every part of a plan as a row of its own: the plan's document stays the whole (export returns it
 * byte for byte, validation sees every cross-reference), and each item of its lists is projected into
 * `plan_item` in the same transaction as every change, so parts are listed, filtered, addressed by id
 * and edited one at a time with a version of their own. A row keeps its id while its key stays, which
 * is what nominations and quota reports will point at.
 */
export class PlanItems1764000000000 implements MigrationInterface {
  name = 'PlanItems1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_item (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id bigint NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
        list text NOT NULL CHECK (list IN (${LISTS.map((l) => `'${l}'`).join(', ')})),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 80),
        position integer NOT NULL CHECK (position >= 0),
        data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object' AND data->>'key' = key),
        search_text text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_item_unique UNIQUE (plan_id, list, key)
      )`);
    await q.query(`CREATE INDEX plan_item_list ON plan_item (list, plan_id, position)`);
    await q.query(`CREATE INDEX plan_item_search ON plan_item USING gin (search_text gin_trgm_ops)`);
    // Plans stored before this migration: their items, searchable by the plain lower-cased text until
    // the next write of the plan refolds it (the reference loader rewrites the seeds on start).
    await q.query(`
      INSERT INTO plan_item (plan_id, list, key, position, data, search_text)
      SELECT p.id, l.list, e.item->>'key', (e.ord - 1)::int, e.item, lower(e.item::text)
      FROM plan p
      CROSS JOIN unnest(ARRAY[${LISTS.map((l) => `'${l}'`).join(', ')}]) AS l(list)
      CROSS JOIN LATERAL jsonb_array_elements(p.document->l.list) WITH ORDINALITY AS e(item, ord)`);
    // Edits of a draft are revisions too (who, when, what); amendments are reserved for issued plans.
    await q.query(`ALTER TABLE plan_revision DROP CONSTRAINT plan_revision_kind_check`);
    await q.query(`ALTER TABLE plan_revision ADD CONSTRAINT plan_revision_kind_check CHECK (kind IN ('IMPORT', 'AMENDMENT', 'STATUS', 'REFERENCE', 'EDIT'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM plan_revision WHERE kind = 'EDIT'`);
    await q.query(`ALTER TABLE plan_revision DROP CONSTRAINT plan_revision_kind_check`);
    await q.query(`ALTER TABLE plan_revision ADD CONSTRAINT plan_revision_kind_check CHECK (kind IN ('IMPORT', 'AMENDMENT', 'STATUS', 'REFERENCE'))`);
    await q.query(`DROP TABLE IF EXISTS plan_item`);
  }
}
