import { ALL_CRITERIA_SETS, type CriteriaSet as CriteriaSetDefinition } from '@exemplar/shared';
import type { Db } from '../../db';
import { CriteriaSetRepository } from './criteria-set.repository';

/** The criteria of the five seed plans and of the Law (shared/src/criteria/data), as stored sets. */
export const REFERENCE_CRITERIA_SETS: readonly CriteriaSetDefinition[] = ALL_CRITERIA_SETS;

/**
 * Stores every reference set whose definition differs from the stored one (or is missing). A Law set
 * `LAW-<AWARD>` is linked to that award type, which is how suggestions find them. Returns the number
 * of sets written.
 */
export async function loadReferenceCriteriaSets(tx: Db, sets: readonly CriteriaSetDefinition[] = REFERENCE_CRITERIA_SETS): Promise<number> {
  const repo = new CriteriaSetRepository(tx);
  const existing = new Map((await repo.findByCodes(sets.map((s) => s.code))).map((s) => [s.code, s]));
  const awardTypes = new Set(
    (await tx.query<{ code: string }>(`SELECT code FROM award_type WHERE code = ANY($1::text[])`, [sets.map((s) => s.code.replace(/^LAW-/, ''))])).map((r) => r.code),
  );
  let written = 0;
  for (const definition of sets) {
    const stored = existing.get(definition.code);
    if (!stored) {
      const award = definition.code.startsWith('LAW-') ? definition.code.slice(4) : null;
      await repo.insert({
        origin: award ? 'LAW' : 'SEED',
        awardTypeCode: award && awardTypes.has(award) ? award : null,
        isReference: true,
        definition,
      });
      written++;
    } else if (JSON.stringify(stored.definition) !== JSON.stringify(normalise(definition))) {
      await repo.replace(stored.id, definition, stored.version);
      written++;
    }
  }
  return written;
}

/** The definition as PostgreSQL's jsonb gives it back (keys sorted by length, then bytes). */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}
