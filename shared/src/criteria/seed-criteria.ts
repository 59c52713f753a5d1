import { LAW_CRITERIA_SETS } from './data/law';
import { SEED_000_HA_GIANG } from './data/seed-000-ha-giang';
import { SEED_001_BA_BE } from './data/seed-001-ba-be';
import { SEED_002_LAO_CAI } from './data/seed-002-lao-cai';
import { SEED_003_NAM_DINH } from './data/seed-003-nam-dinh';
import { SEED_004_LAM_DONG } from './data/seed-004-lam-dong';
import type { CriteriaSet, Rule } from './rule';

export { LAW_CRITERIA_SETS } from './data/law';
export {
  LAW_BK_BO_TINH,
  LAW_BK_THU_TUONG,
  LAW_CSTD_BO_TINH,
  LAW_CSTD_CO_SO,
  LAW_CSTD_TOAN_QUOC,
  LAW_LAO_DONG_TIEN_TIEN,
  LAW_TT_LAO_DONG_TIEN_TIEN,
  LAW_TT_LAO_DONG_XUAT_SAC,
} from './data/law';
export { SEED_000_HA_GIANG, SEED_001_BA_BE, SEED_002_LAO_CAI, SEED_003_NAM_DINH, SEED_004_LAM_DONG };

/**
 * The criteria of the five seed plans and of the Law, as stored JSON (each passes parseCriteriaSet,
 * unchanged). The API seeds `criteria_set` from these: origin SEED or LAW, `definition` = the set.
 */
export const SEED_CRITERIA_SETS: readonly CriteriaSet[] = [SEED_000_HA_GIANG, ...SEED_001_BA_BE, SEED_002_LAO_CAI, SEED_003_NAM_DINH, SEED_004_LAM_DONG];

export const ALL_CRITERIA_SETS: readonly CriteriaSet[] = [...SEED_CRITERIA_SETS, ...LAW_CRITERIA_SETS];

export function criteriaSetByCode(code: string): CriteriaSet | undefined {
  return ALL_CRITERIA_SETS.find((s) => s.code === code);
}

/** Award type codes a rule reads (AWARD counts), in first-use order. */
export function awardTypesUsed(rule: Rule, into: Set<string> = new Set()): Set<string> {
  switch (rule.op) {
    case 'all':
    case 'any':
      for (const r of rule.of) awardTypesUsed(r, into);
      break;
    case 'not':
      awardTypesUsed(rule.rule, into);
      break;
    case 'everyYear':
    case 'members':
      awardTypesUsed(rule.condition, into);
      break;
    case 'consecutive':
      awardTypesUsed(rule.condition, into);
      if (rule.inRun) awardTypesUsed(rule.inRun, into);
      break;
    case 'count':
      if (rule.source === 'AWARD') for (const t of rule.where?.awardTypes ?? []) into.add(t);
      break;
    default:
      break;
  }
  return into;
}

/**
 * Every award type code the shipped criteria read, so the catalogue can check it defines them all.
 * (A test keeps this list equal to what the rules actually use.)
 */
export const AWARD_TYPE_CODES_USED: readonly string[] = [
  'BK_BO_TINH',
  'CSTD_BO_TINH',
  'CSTD_CO_SO',
  'LAO_DONG_TIEN_TIEN',
  'TT_LAO_DONG_XUAT_SAC',
];
