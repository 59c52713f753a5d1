import type { Db } from '../../db';
import type { AdministrativeLevel, AdministrativeUnitKind, VocabularyEntry } from './vocabulary.type';

/** Reference vocabularies, read from their tables (loaded from the shared definitions). */
export class VocabularyRepository {
  constructor(private readonly db: Db) {}

  levels(): Promise<AdministrativeLevel[]> {
    return this.db.query(`SELECT code, depth, name_vi AS "nameVi", name_en AS "nameEn" FROM administrative_level ORDER BY depth`);
  }

  unitKinds(): Promise<AdministrativeUnitKind[]> {
    return this.db.query(
      `SELECT k.code, k.level_code AS "level", k.prefix, k.name_vi AS "nameVi", k.name_en AS "nameEn"
       FROM administrative_unit_kind k JOIN administrative_level l ON l.code = k.level_code ORDER BY l.depth, k.code`,
    );
  }

  entries(table: 'organization_kind' | 'sector'): Promise<VocabularyEntry[]> {
    return this.db.query(`SELECT code, name_vi AS "nameVi", name_en AS "nameEn" FROM ${table} ORDER BY code`);
  }
}
