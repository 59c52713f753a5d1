import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  foldVietnamese,
  LAST_DAY_BEFORE_REFORM,
  ORGANIZATION_KINDS,
  REFORM_2025_DATE,
  SECTORS,
  shortUnitName,
  toNfc,
  UNIT_KINDS,
  UNIT_LEVELS,
} from '@exemplar/shared';
import { SEED_PLANS } from '@exemplar/shared';
import { loadReferenceCriteriaSets, REFERENCE_CRITERIA_SETS } from '../../modules/criteria/criteria-set.reference';
import { loadReferencePlans } from '../../modules/plan/plan.service';
import type { Db } from '../db';

const here = path.dirname(fileURLToPath(import.meta.url));
export const UNITS_DIR = path.resolve(here, '../../../data/vn-admin-units');
export const ORGANIZATIONS_FILE = path.resolve(here, 'organizations.json');
const CATALOGUE_FILES = ['award-types.json', 'authority-rules.json', 'fields.json'].map((f) => path.resolve(here, f));

/** Bump when the loader's mapping from files to rows changes, so existing databases reload. */
const LOADER_VERSION = '1';

/**
 * The two official states. The 2024 list is the state of 01/03/2025–30/06/2025 (see the data README);
 * it is the earliest state held, so it has no recorded start: earlier dates resolve to it.
 */
export const DATASETS = [
  { code: 'VN-2024', file: 'units-2024.csv', validFrom: null, validTo: LAST_DAY_BEFORE_REFORM },
  { code: 'VN-2025', file: 'units-2025.csv', validFrom: REFORM_2025_DATE, validTo: null },
] as const;

interface UnitRow {
  code: string;
  name: string;
  kind: string;
  level: string;
  parent_code: string;
}

interface MappingRow {
  old_code: string;
  new_code: string;
  level: 'province' | 'district' | 'commune';
  share: 'full' | 'partial';
  note: string;
}

export interface ReferenceOrganization {
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  sector: string | null;
  parentCode: string | null;
  unitCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorCodes: string[];
  source: string;
  note: string | null;
}

export interface LoadReport {
  skipped: string[];
  /** Rows written (inserted or changed) per table; zero everywhere when nothing changed. */
  written: Record<string, number>;
}

function readCsv<T>(text: string): T[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: false }) as T[];
}

function checksum(...parts: string[]): string {
  const hash = createHash('sha256').update(LOADER_VERSION);
  for (const part of parts) hash.update('\u0000').update(part);
  return hash.digest('hex');
}

/**
 * Loads the administrative units of both states, the official mapping between them and the reference
 * organizations. Idempotent: rows are upserted only where they differ, and a dataset whose files are
 * unchanged since the last load is skipped (fast second start). One transaction, serialised by an
 * advisory lock, so concurrent starts do one logical import.
 */
export async function loadReferenceData(db: Db, options: { force?: boolean } = {}): Promise<LoadReport> {
  const [units2024, units2025, mapping, organizations, awardTypes, authorityRules, fields] = await Promise.all([
    readFile(path.join(UNITS_DIR, DATASETS[0].file), 'utf8'),
    readFile(path.join(UNITS_DIR, DATASETS[1].file), 'utf8'),
    readFile(path.join(UNITS_DIR, 'mapping-2025-detail.csv'), 'utf8'),
    readFile(ORGANIZATIONS_FILE, 'utf8'),
    ...CATALOGUE_FILES.map((file) => readFile(file, 'utf8')),
  ]);
  const datasets = [
    { name: 'vn-admin-units', checksum: checksum(units2024, units2025, mapping) },
    { name: 'organizations', checksum: checksum(organizations) },
    { name: 'catalogue', checksum: checksum(awardTypes, authorityRules, fields) },
    { name: 'criteria-sets', checksum: checksum(JSON.stringify(REFERENCE_CRITERIA_SETS)) },
    // The projection's version is part of the checksum: a database migrated to plan parts reloads the seeds once.
    { name: 'seed-plans', checksum: checksum('plan-items-1', JSON.stringify(SEED_PLANS)) },
  ];
  const report: LoadReport = { skipped: [], written: {} };
  const count = (table: string, rows: { n: number | string }[]) => {
    report.written[table] = (report.written[table] ?? 0) + Number(rows[0]?.n ?? 0);
  };

  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(7042025)`);
    const loaded = new Map(
      (await tx.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM reference_dataset`)).map((r) => [r.name, r.checksum]),
    );
    const stale = (name: string) => options.force || loaded.get(name) !== datasets.find((d) => d.name === name)!.checksum;

    if (stale('vn-admin-units') || stale('organizations')) await loadVocabulary(tx, count);

    if (stale('vn-admin-units')) {
      const files = { 'VN-2024': units2024, 'VN-2025': units2025 } as const;
      for (const dataset of DATASETS) await loadUnits(tx, dataset, readCsv<UnitRow>(files[dataset.code]), count);
      await loadSuccessions(tx, readCsv<MappingRow>(mapping), count);
    } else report.skipped.push('vn-admin-units');

    if (stale('organizations')) {
      await loadOrganizations(tx, JSON.parse(organizations) as ReferenceOrganization[], count);
    } else report.skipped.push('organizations');

    if (stale('catalogue')) {
      await loadCatalogue(tx, JSON.parse(awardTypes), JSON.parse(authorityRules), JSON.parse(fields), count);
    } else report.skipped.push('catalogue');

    // After the catalogue: Law sets are linked to their award types.
    if (stale('criteria-sets') || stale('catalogue')) {
      count('criteria_set', [{ n: await loadReferenceCriteriaSets(tx) }]);
    } else report.skipped.push('criteria-sets');

    // After the organizations: plans name their issuers by organization code.
    if (stale('seed-plans') || stale('organizations')) {
      count('plan', [{ n: await loadReferencePlans(tx) }]);
    } else report.skipped.push('seed-plans');

    for (const d of datasets) {
      await tx.query(
        `INSERT INTO reference_dataset (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = now()
         WHERE reference_dataset.checksum IS DISTINCT FROM EXCLUDED.checksum`,
        [d.name, d.checksum],
      );
    }
  });
  return report;
}

type Counter = (table: string, rows: { n: number | string }[]) => void;

async function loadVocabulary(tx: Db, count: Counter): Promise<void> {
  count(
    'administrative_level',
    await tx.query(
      `WITH w AS (
         INSERT INTO administrative_level (code, depth, name_vi, name_en)
         SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[])
         ON CONFLICT (code) DO UPDATE SET depth = EXCLUDED.depth, name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en
         WHERE (administrative_level.depth, administrative_level.name_vi, administrative_level.name_en)
           IS DISTINCT FROM (EXCLUDED.depth, EXCLUDED.name_vi, EXCLUDED.name_en)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [UNIT_LEVELS.map((l) => l.code), UNIT_LEVELS.map((l) => l.depth), UNIT_LEVELS.map((l) => l.vi), UNIT_LEVELS.map((l) => l.en)],
    ),
  );
  count(
    'administrative_unit_kind',
    await tx.query(
      `WITH w AS (
         INSERT INTO administrative_unit_kind (code, level_code, prefix, name_vi, name_en)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (code) DO UPDATE SET level_code = EXCLUDED.level_code, prefix = EXCLUDED.prefix,
           name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en
         WHERE (administrative_unit_kind.level_code, administrative_unit_kind.prefix, administrative_unit_kind.name_vi, administrative_unit_kind.name_en)
           IS DISTINCT FROM (EXCLUDED.level_code, EXCLUDED.prefix, EXCLUDED.name_vi, EXCLUDED.name_en)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [UNIT_KINDS.map((k) => k.code), UNIT_KINDS.map((k) => k.level), UNIT_KINDS.map((k) => k.prefix), UNIT_KINDS.map((k) => k.vi), UNIT_KINDS.map((k) => k.en)],
    ),
  );
  for (const [table, rows] of [
    ['organization_kind', ORGANIZATION_KINDS],
    ['sector', SECTORS],
  ] as const) {
    count(
      table,
      await tx.query(
        `WITH w AS (
           INSERT INTO ${table} (code, name_vi, name_en)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
           ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en
           WHERE (${table}.name_vi, ${table}.name_en) IS DISTINCT FROM (EXCLUDED.name_vi, EXCLUDED.name_en)
           RETURNING 1)
         SELECT count(*) AS n FROM w`,
        [rows.map((r) => r.code), rows.map((r) => r.vi), rows.map((r) => r.en)],
      ),
    );
  }
}

async function loadUnits(tx: Db, dataset: (typeof DATASETS)[number], rows: UnitRow[], count: Counter): Promise<void> {
  // One statement per level, top down, so each level's parents already exist.
  for (const level of UNIT_LEVELS) {
    const atLevel = rows.filter((r) => r.level === level.code);
    if (atLevel.length === 0) continue;
    const names = atLevel.map((r) => toNfc(r.name));
    const shortNames = atLevel.map((r, i) => shortUnitName(names[i], r.kind));
    count(
      'administrative_unit',
      await tx.query(
        `WITH w AS (
           INSERT INTO administrative_unit (dataset, code, name, short_name, kind_code, level_code, parent_id, valid_from, valid_to, search_text)
           SELECT $1, r.code, r.name, r.short_name, r.kind, r.level, p.id, $2::date, $3::date, r.search
           FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
             AS r (code, name, short_name, kind, level, parent_code, search)
           LEFT JOIN administrative_unit p ON p.dataset = $1 AND p.code = r.parent_code
           ON CONFLICT (dataset, code) DO UPDATE SET
             name = EXCLUDED.name, short_name = EXCLUDED.short_name, kind_code = EXCLUDED.kind_code,
             level_code = EXCLUDED.level_code, parent_id = EXCLUDED.parent_id, valid_from = EXCLUDED.valid_from,
             valid_to = EXCLUDED.valid_to, search_text = EXCLUDED.search_text
           WHERE (administrative_unit.name, administrative_unit.short_name, administrative_unit.kind_code,
                  administrative_unit.level_code, administrative_unit.parent_id, administrative_unit.valid_from,
                  administrative_unit.valid_to, administrative_unit.search_text)
             IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.kind_code, EXCLUDED.level_code,
                  EXCLUDED.parent_id, EXCLUDED.valid_from, EXCLUDED.valid_to, EXCLUDED.search_text)
           RETURNING 1)
         SELECT count(*) AS n FROM w`,
        [
          dataset.code,
          dataset.validFrom,
          dataset.validTo,
          atLevel.map((r) => r.code),
          names,
          shortNames,
          atLevel.map((r) => r.kind),
          atLevel.map((r) => r.level),
          atLevel.map((r) => r.parent_code || null),
          atLevel.map((r, i) => foldVietnamese(`${names[i]} ${r.code}`)),
        ],
      ),
    );
  }
}

async function loadSuccessions(tx: Db, rows: MappingRow[], count: Counter): Promise<void> {
  const unique = new Map<string, MappingRow>();
  for (const row of rows) unique.set(`${row.old_code}>${row.new_code}`, row);
  const list = [...unique.values()];
  count(
    'administrative_unit_succession',
    await tx.query(
      `WITH w AS (
         INSERT INTO administrative_unit_succession (predecessor_id, successor_id, share, effective_date, note)
         SELECT o.id, n.id, r.share, $1::date, NULLIF(r.note, '')
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS r (old_code, new_code, share, note)
         JOIN administrative_unit o ON o.dataset = 'VN-2024' AND o.code = r.old_code
         JOIN administrative_unit n ON n.dataset = 'VN-2025' AND n.code = r.new_code
         ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET share = EXCLUDED.share,
           effective_date = EXCLUDED.effective_date, note = EXCLUDED.note
         WHERE (administrative_unit_succession.share, administrative_unit_succession.effective_date, administrative_unit_succession.note)
           IS DISTINCT FROM (EXCLUDED.share, EXCLUDED.effective_date, EXCLUDED.note)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [REFORM_2025_DATE, list.map((r) => r.old_code), list.map((r) => r.new_code), list.map((r) => r.share), list.map((r) => toNfc(r.note))],
    ),
  );
}

async function loadOrganizations(tx: Db, orgs: ReferenceOrganization[], count: Counter): Promise<void> {
  const col = <K extends keyof ReferenceOrganization>(key: K) => orgs.map((o) => o[key] ?? null);
  const names = orgs.map((o) => toNfc(o.name));
  const shortNames = orgs.map((o) => (o.shortName ? toNfc(o.shortName) : null));
  // The located-in unit is the unit with that code valid when the organization was (last) valid.
  count(
    'organization',
    await tx.query(
      `WITH w AS (
         INSERT INTO organization (code, name, short_name, kind_code, sector_code, unit_id, valid_from, valid_to, search_text, note, is_reference)
         SELECT r.code, r.name, r.short_name, r.kind, r.sector, u.id, r.valid_from, r.valid_to, r.search, r.note, true
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::text[], $10::text[])
           AS r (code, name, short_name, kind, sector, unit_code, valid_from, valid_to, search, note)
         LEFT JOIN LATERAL (
           SELECT u.id FROM administrative_unit u
           WHERE u.code = r.unit_code AND u.validity @> COALESCE(r.valid_to, r.valid_from, current_date)
           ORDER BY u.id LIMIT 1
         ) u ON true
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name,
           kind_code = EXCLUDED.kind_code, sector_code = EXCLUDED.sector_code, unit_id = EXCLUDED.unit_id,
           valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to, search_text = EXCLUDED.search_text,
           note = EXCLUDED.note, is_reference = true, version = organization.version + 1, updated_at = now()
         WHERE (organization.name, organization.short_name, organization.kind_code, organization.sector_code,
                organization.unit_id, organization.valid_from, organization.valid_to, organization.search_text,
                organization.note, organization.is_reference)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.kind_code, EXCLUDED.sector_code,
                EXCLUDED.unit_id, EXCLUDED.valid_from, EXCLUDED.valid_to, EXCLUDED.search_text, EXCLUDED.note, true)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [
        col('code'),
        names,
        shortNames,
        col('kind'),
        col('sector'),
        col('unitCode'),
        col('validFrom'),
        col('validTo'),
        orgs.map((o, i) => foldVietnamese(`${names[i]} ${shortNames[i] ?? ''} ${o.code}`)),
        col('note'),
      ],
    ),
  );
  count(
    'organization',
    await tx.query(
      `WITH w AS (
         UPDATE organization o SET parent_id = p.id, version = o.version + 1, updated_at = now()
         FROM unnest($1::text[], $2::text[]) AS r (code, parent_code)
         LEFT JOIN organization p ON p.code = r.parent_code
         WHERE o.code = r.code AND o.parent_id IS DISTINCT FROM p.id
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [col('code'), col('parentCode')],
    ),
  );
  const pairs = orgs.flatMap((o) => o.successorCodes.map((s) => [o.code, s] as const));
  count(
    'organization_succession',
    await tx.query(
      `WITH w AS (
         INSERT INTO organization_succession (predecessor_id, successor_id, effective_date)
         SELECT pre.id, suc.id, suc.valid_from
         FROM unnest($1::text[], $2::text[]) AS r (pre, suc)
         JOIN organization pre ON pre.code = r.pre
         JOIN organization suc ON suc.code = r.suc
         ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET effective_date = EXCLUDED.effective_date
         WHERE organization_succession.effective_date IS DISTINCT FROM EXCLUDED.effective_date
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    ),
  );
}

interface AwardTypeRow {
  code: string;
  nameVi: string;
  nameEn: string;
  category: string;
  level: string;
  subjectKinds: string[];
  rank: number;
  periodic: boolean;
  legalBasis: string | null;
  note: string | null;
}

interface AuthorityRuleRow {
  awardType: string;
  authorityLevel: string;
  authorityRole: string;
  validFrom: string | null;
  validTo: string | null;
  legalBasis: string | null;
  note: string | null;
}

interface FieldRow {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** Award types (the Law's titles and forms), who may confer them when, and the fields plans classify by. */
async function loadCatalogue(tx: Db, types: AwardTypeRow[], rules: AuthorityRuleRow[], fields: FieldRow[], count: Counter): Promise<void> {
  count(
    'award_type',
    await tx.query(
      `WITH w AS (
         INSERT INTO award_type (code, name_vi, name_en, category, level, subject_kinds, rank, periodic, legal_basis, note, search_text)
         SELECT r.code, r.name_vi, r.name_en, r.category, r.level, string_to_array(r.kinds, ','), r.rank, r.periodic, r.legal_basis, r.note, r.search
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bool[], $9::text[], $10::text[], $11::text[])
           AS r (code, name_vi, name_en, category, level, kinds, rank, periodic, legal_basis, note, search)
         ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en, category = EXCLUDED.category,
           level = EXCLUDED.level, subject_kinds = EXCLUDED.subject_kinds, rank = EXCLUDED.rank, periodic = EXCLUDED.periodic,
           legal_basis = EXCLUDED.legal_basis, note = EXCLUDED.note, search_text = EXCLUDED.search_text
         WHERE (award_type.name_vi, award_type.name_en, award_type.category, award_type.level, award_type.subject_kinds,
                award_type.rank, award_type.periodic, award_type.legal_basis, award_type.note, award_type.search_text)
           IS DISTINCT FROM (EXCLUDED.name_vi, EXCLUDED.name_en, EXCLUDED.category, EXCLUDED.level, EXCLUDED.subject_kinds,
                EXCLUDED.rank, EXCLUDED.periodic, EXCLUDED.legal_basis, EXCLUDED.note, EXCLUDED.search_text)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [
        types.map((t) => t.code),
        types.map((t) => toNfc(t.nameVi)),
        types.map((t) => t.nameEn),
        types.map((t) => t.category),
        types.map((t) => t.level),
        types.map((t) => t.subjectKinds.join(',')),
        types.map((t) => t.rank),
        types.map((t) => t.periodic),
        types.map((t) => t.legalBasis),
        types.map((t) => t.note),
        types.map((t) => foldVietnamese(`${t.code} ${t.nameVi} ${t.nameEn}`)),
      ],
    ),
  );
  count(
    'award_authority_rule',
    await tx.query(
      `WITH w AS (
         INSERT INTO award_authority_rule (award_type_code, authority_level, authority_role, valid_from, valid_to, legal_basis, note)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::date[], $6::text[], $7::text[])
         ON CONFLICT (award_type_code, authority_role, valid_from) DO UPDATE SET authority_level = EXCLUDED.authority_level,
           valid_to = EXCLUDED.valid_to, legal_basis = EXCLUDED.legal_basis, note = EXCLUDED.note
         WHERE (award_authority_rule.authority_level, award_authority_rule.valid_to, award_authority_rule.legal_basis, award_authority_rule.note)
           IS DISTINCT FROM (EXCLUDED.authority_level, EXCLUDED.valid_to, EXCLUDED.legal_basis, EXCLUDED.note)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [
        rules.map((r) => r.awardType),
        rules.map((r) => r.authorityLevel),
        rules.map((r) => r.authorityRole),
        rules.map((r) => r.validFrom),
        rules.map((r) => r.validTo),
        rules.map((r) => r.legalBasis),
        rules.map((r) => r.note),
      ],
    ),
  );
  count(
    'field',
    await tx.query(
      `WITH w AS (
         INSERT INTO field (code, name_vi, name_en) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en
         WHERE (field.name_vi, field.name_en) IS DISTINCT FROM (EXCLUDED.name_vi, EXCLUDED.name_en)
         RETURNING 1)
       SELECT count(*) AS n FROM w`,
      [fields.map((f) => f.code), fields.map((f) => toNfc(f.nameVi)), fields.map((f) => f.nameEn)],
    ),
  );
}
