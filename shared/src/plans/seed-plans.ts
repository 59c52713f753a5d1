import { SEED_PLAN_000_HA_GIANG } from './data/seed-000-ha-giang';
import { SEED_PLAN_001_BA_BE } from './data/seed-001-ba-be';
import { SEED_PLAN_002_LAO_CAI } from './data/seed-002-lao-cai';
import { SEED_PLAN_003_NAM_DINH } from './data/seed-003-nam-dinh';
import { SEED_PLAN_004_LAM_DONG } from './data/seed-004-lam-dong';
import type { PlanDocument } from './plan';

export { SEED_PLAN_000_HA_GIANG, SEED_PLAN_001_BA_BE, SEED_PLAN_002_LAO_CAI, SEED_PLAN_003_NAM_DINH, SEED_PLAN_004_LAM_DONG };

/**
 * The five seed plans as exchange documents (each passes parsePlanDocument unchanged; its canonical
 * export is a fixed point of export → import → export). They reference the seed criteria sets
 * (SEED_CRITERIA_SETS) by code and the reference organizations by code.
 */
export const SEED_PLANS: readonly PlanDocument[] = [SEED_PLAN_000_HA_GIANG, SEED_PLAN_001_BA_BE, SEED_PLAN_002_LAO_CAI, SEED_PLAN_003_NAM_DINH, SEED_PLAN_004_LAM_DONG];

export function seedPlanByCode(code: string): PlanDocument | undefined {
  return SEED_PLANS.find((p) => p.code === code);
}
