import type { ListSpec } from '../../graphql/list/list-spec';
import { achievementResources } from '../achievement/achievement.resources';
import { councilResources } from '../council/council.resources';
import { decisionListSpec } from '../decision/decision.service';
import { exemplarActivityResource } from '../exemplar/exemplar-activity.resource';
import { exemplarListSpec } from '../exemplar/exemplar.repository';
import { nominationListSpec } from '../nomination/nomination.repository';
import { organizationListSpec } from '../organization/organization.repository';
import { planListSpec } from '../plan/plan.repository';

/** The province a territorial unit column lies in (either state of the reform): a roll-up key. */
const province = (unitColumn: string) =>
  `(SELECT c.ancestor_id FROM administrative_unit_closure c JOIN administrative_unit pu ON pu.id = c.ancestor_id
    WHERE c.descendant_id = ${unitColumn} AND pu.level_code = 'province')::text`;

export interface AnalyticResource {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each resource has its own filter type; where() checks it
  spec: ListSpec<any>;
  /** What rows may be grouped by: name → SQL over the spec's alias (text). */
  groupBy: Record<string, string>;
}

const table = (type: string) => {
  const found = [...achievementResources, ...councilResources, exemplarActivityResource].find((r) => r.listSpec.resource === type);
  if (!found) throw new Error(`no table resource ${type}`);
  return found.listSpec;
};

/**
 * The resources analysts group, count and export. Each goes through its list spec: the same
 * filters as its list, and the same jurisdiction (in the SQL and under row-level security).
 */
export const ANALYTIC_RESOURCES: Record<string, AnalyticResource> = {
  Organization: { spec: organizationListSpec, groupBy: { kind: 'o.kind_code', sector: 'o.sector_code', unitId: 'o.unit_id::text', provinceId: province('o.unit_id') } },
  Person: { spec: table('Person'), groupBy: { gender: 'p.gender', staffCategory: 'p.staff_category', unitId: 'p.unit_id::text', provinceId: province('p.unit_id') } },
  Household: { spec: table('Household'), groupBy: { unitId: 'h.unit_id::text', provinceId: province('h.unit_id') } },
  AwardRecord: { spec: table('AwardRecord'), groupBy: { awardTypeCode: 'ar.award_type_code', year: 'ar.year::text', issuerLevel: 'ar.issuer_level' } },
  Plan: { spec: planListSpec, groupBy: { status: 'p.status', issuerOrganizationId: 'p.issuer_organization_id::text', periodFrom: 'p.period_from::text' } },
  Exemplar: {
    spec: exemplarListSpec,
    groupBy: { stage: 'e.stage', discoveredVia: 'e.discovered_via', planId: 'e.plan_id::text', unitId: 'e.unit_id::text', provinceId: province('e.unit_id'), organizationInChargeId: 'e.organization_in_charge_id::text' },
  },
  ExemplarActivity: { spec: exemplarActivityResource.listSpec, groupBy: { kind: 'a.kind', channel: 'a.channel', exemplarId: 'a.exemplar_id::text' } },
  Nomination: {
    spec: nominationListSpec,
    groupBy: { status: 'n.status', planId: 'n.plan_id::text', nominatingOrganizationId: 'n.nominating_organization_id::text', periodYear: 'n.period_year::text', periodQuarter: 'n.period_quarter::text' },
  },
  AwardDecision: { spec: decisionListSpec, groupBy: { awardTypeCode: 'd.award_type_code', issuingOrganizationId: 'd.issuing_organization_id::text' } },
  Council: { spec: table('Council'), groupBy: { organizationId: 'c.organization_id::text' } },
};
