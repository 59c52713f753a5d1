/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit untyped JSON copies of a plan on purpose */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from './plan';
import { canonicalPlanJson, parsePlanDocument, PlanValidationError, safeParsePlanDocument } from './schema';
import { SEED_PLAN_002_LAO_CAI } from './seed-plans';

/** A deep copy of the Lào Cai seed, changed by `edit`. */
function variant(edit: (p: Record<string, any>) => void): unknown {
  const p = JSON.parse(JSON.stringify(SEED_PLAN_002_LAO_CAI)) as Record<string, any>;
  edit(p);
  return p;
}

function issues(json: unknown): [string, string][] {
  const r = safeParsePlanDocument(json);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.code]);
}

describe('safeParsePlanDocument', () => {
  it('accepts a valid plan, as an object or as JSON text', () => {
    expect(issues(SEED_PLAN_002_LAO_CAI)).toEqual([]);
    expect(issues(JSON.stringify(SEED_PLAN_002_LAO_CAI))).toEqual([]);
  });

  it.each([
    ['unknown top-level field', (p: any) => (p.colour = 'red'), [['colour', 'UNKNOWN_FIELD']]],
    ['misspelt window field', (p: any) => (p.submissionWindows[0].rule.dayz = p.submissionWindows[0].rule.days), [['submissionWindows[0].rule.dayz', 'UNKNOWN_FIELD']]],
    ['window days reversed', (p: any) => (p.submissionWindows[0].rule.days = { from: 25, to: 20 }), [['submissionWindows[0].rule.days', 'DAYS_REVERSED']]],
    ['window day 32', (p: any) => (p.submissionWindows[0].rule.days.from = 32), [['submissionWindows[0].rule.days.from', 'OUT_OF_RANGE']]],
    ['quarter month 4', (p: any) => (p.submissionWindows[0].rule.month = 4), [['submissionWindows[0].rule.month', 'OUT_OF_RANGE']]],
    ['quota count value 0 for EXACT', (p: any) => (p.quotaRules[1].count.value = 0), [['quotaRules[1].count.value', 'OUT_OF_RANGE']]],
    ['quota bound unknown', (p: any) => (p.quotaRules[0].count.bound = 'ATLEAST'), [['quotaRules[0].count.bound', 'NOT_ONE_OF']]],
    ['quota references a missing window', (p: any) => (p.quotaRules[0].windowKeys = ['LC-W-NAM']), [['quotaRules[0].windowKeys[0]', 'UNKNOWN_KEY_REFERENCE']]],
    [
      'quarterly quota with a yearly window',
      (p: any) => (p.submissionWindows[0].rule = { every: 'YEAR', month: 12, days: { from: 1, to: 10 } }),
      [['quotaRules[0].windowKeys[0]', 'WINDOW_COARSER_THAN_QUOTA']],
    ],
    ['duplicate quota key', (p: any) => (p.quotaRules[1].key = 'LC-Q-QUY'), [['quotaRules[1].key', 'DUPLICATE']]],
    ['period reversed', (p: any) => (p.period = { from: 2021, to: 2020 }), [['period', 'YEARS_REVERSED']]],
    ['issue day 30 February', (p: any) => (p.issueDate = { year: 2020, month: 2, day: 30 }), [['issueDate.day', 'INVALID_DAY']]],
    ['day without month', (p: any) => (p.issueDate = { year: 2020, month: null, day: 5 }), [['issueDate.day', 'DAY_WITHOUT_MONTH']]],
    ['bad status', (p: any) => (p.status = 'ACTIVE'), [['status', 'NOT_ONE_OF']]],
    ['bad stage', (p: any) => (p.contentItems[0].stages = ['CELEBRATE']), [['contentItems[0].stages[0]', 'NOT_ONE_OF']]],
    ['no stage', (p: any) => (p.contentItems[0].stages = []), [['contentItems[0].stages', 'EMPTY']]],
    ['bad organization code', (p: any) => (p.issuer.organization = 'lào cai'), [['issuer.organization', 'INVALID_CODE']]],
    ['bad GSO code', (p: any) => (p.subjects[0].selector = { units: [{ gsoCode: '1234', validOn: '2020-01-01' }] }), [['subjects[0].selector.units[0].gsoCode', 'INVALID_CODE']]],
    ['empty selector', (p: any) => (p.quotaRules[0].nominators = {}), [['quotaRules[0].nominators', 'EMPTY_SELECTOR']]],
    ['milestone due quarter 5', (p: any) => (p.milestones[0].due = { kind: 'QUARTER', year: 2020, quarter: 5 }), [['milestones[0].due.quarter', 'OUT_OF_RANGE']]],
    ['milestone due early part misspelt', (p: any) => (p.milestones[0].due = { kind: 'QUARTER', year: 2020, quarter: 2, part: 'START' }), [['milestones[0].due.part', 'NOT_ONE_OF']]],
    ['milestone without actor', (p: any) => delete p.milestones[1].actor, [['milestones[1].actor', 'REQUIRED']]],
    ['fixed window dates reversed', (p: any) => (p.submissionWindows[0].rule = { every: 'FIXED', from: '2020-05-02', to: '2020-05-01' }), [['submissionWindows[0].rule', 'DATES_REVERSED']]],
    ['original text edited', (p: any) => (p.original.text += ' '), [['original.sha256', 'HASH_MISMATCH']]],
    ['version 2', (p: any) => (p.version = 2), [['version', 'UNSUPPORTED_VERSION']]],
    ['FIELD scope without a field', (p: any) => (p.criteriaSets[0].scope = 'FIELD'), [['criteriaSets[0].field', 'REQUIRED']]],
    ['KPI over 100 %', (p: any) => (p.kpis = [{ key: 'K', text: 'x', indicator: 'X', target: 120, unit: 'PERCENT' }]), [['kpis[0].target', 'OUT_OF_RANGE']]],
    ['truncated list not empty', (p: any) => (p.unknownParts = [{ path: 'recipients', reason: 'TRUNCATED' }]), [['unknownParts[0].path', 'LIST_NOT_EMPTY']]],
    ['truncated original without unknown parts', (p: any) => (p.original.truncated = true), [['unknownParts', 'TRUNCATED_UNKNOWN_MISSING']]],
    ['recipient delivery', (p: any) => (p.recipients[2].delivery = 'FAX'), [['recipients[2].delivery', 'NOT_ONE_OF']]],
    ['internal parent link without plan code', (p: any) => (p.parentPlans[0] = { key: 'P', relation: 'IMPLEMENTS', kind: 'INTERNAL' }), [['parentPlans[0].planCode', 'REQUIRED']]],
    ['external link with a bad date', (p: any) => (p.parentPlans[0].document.date = { year: 2017, month: 13, day: null }), [['parentPlans[0].document.date.month', 'OUT_OF_RANGE']]],
  ] as [string, (p: any) => void, [string, string][]][])('%s', (_name, edit, expected) => {
    expect(issues(variant(edit))).toEqual(expected);
  });

  it('reports invalid JSON text at the root', () => {
    expect(issues('{ "version": 1,')).toEqual([['', 'INVALID_JSON']]);
  });

  it('names every missing required field', () => {
    expect(issues({ version: 1 }).length).toBeGreaterThan(20);
    expect(issues({ version: 1 })).toContainEqual(['quotaRules', 'REQUIRED']);
  });

  it('messages are in Vietnamese and English, and the error lists paths', () => {
    const r = safeParsePlanDocument(variant((p) => (p.quotaRules[0].windowKeys = ['LC-W-NAM'])));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toEqual({
      path: 'quotaRules[0].windowKeys[0]',
      code: 'UNKNOWN_KEY_REFERENCE',
      vi: 'submission window "LC-W-NAM" không tồn tại trong kế hoạch',
      en: 'no submission window "LC-W-NAM" in the plan',
    });
    expect(() => parsePlanDocument(variant((p) => (p.status = 'X')))).toThrow(PlanValidationError);
    expect(() => parsePlanDocument(variant((p) => (p.status = 'X')))).toThrow(/^status: expected one of DRAFT/);
  });

  it('normalises texts to NFC and drops absent optional fields', () => {
    const nfd = 'Lào Cai'.normalize('NFD');
    const parsed = parsePlanDocument(variant((p) => (p.place = nfd)));
    expect(parsed.place).toBe('Lào Cai');
  });
});

describe('canonicalPlanJson', () => {
  it('orders keys by the format, whatever order the input has', () => {
    const shuffled = Object.fromEntries(Object.entries(SEED_PLAN_002_LAO_CAI).reverse()) as unknown as PlanDocument;
    expect(canonicalPlanJson(shuffled)).toBe(canonicalPlanJson(SEED_PLAN_002_LAO_CAI));
    const json = canonicalPlanJson(SEED_PLAN_002_LAO_CAI);
    expect(json.indexOf('"version"')).toBeLessThan(json.indexOf('"code"'));
    expect(json.indexOf('"quotaRules"')).toBeLessThan(json.indexOf('"original"'));
    expect(json).toMatch(/^{\n {2}"version": 1,\n/);
    expect(json.endsWith('\n}\n')).toBe(true);
  });

  it('is stable through parse (idempotent import)', () => {
    const once = parsePlanDocument(canonicalPlanJson(SEED_PLAN_002_LAO_CAI));
    const twice = parsePlanDocument(canonicalPlanJson(once));
    expect(twice).toEqual(once);
  });
});

describe('derivedFrom (provenance of a derived plan’s items)', () => {
  const base = JSON.parse(canonicalPlanJson(SEED_PLAN_002_LAO_CAI)) as PlanDocument;

  it('is accepted on quota rules, windows and criteria set references, and survives the canonical round trip', () => {
    const derived = {
      ...base,
      code: 'CHILD',
      quotaRules: base.quotaRules.map((q) => ({ ...q, derivedFrom: { planCode: base.code, key: q.key } })),
      submissionWindows: base.submissionWindows.map((w) => ({ ...w, derivedFrom: { planCode: base.code, key: w.key } })),
      criteriaSets: base.criteriaSets.map((c) => ({ ...c, derivedFrom: { planCode: base.code, key: c.key } })),
    };
    const parsed = parsePlanDocument(derived);
    expect(parsed.quotaRules[0].derivedFrom).toEqual({ planCode: base.code, key: base.quotaRules[0].key });
    const text = canonicalPlanJson(parsed);
    expect(canonicalPlanJson(parsePlanDocument(JSON.parse(text)))).toBe(text);
  });

  it.each([
    [{ planCode: 'bad code', key: 'k' }, 'quotaRules[0].derivedFrom.planCode'],
    [{ planCode: 'P' }, 'quotaRules[0].derivedFrom.key'],
    [{ planCode: 'P', key: 'k', extra: 1 }, 'quotaRules[0].derivedFrom.extra'],
  ])('refuses %j at %s', (derivedFrom, path) => {
    const result = safeParsePlanDocument({ ...base, quotaRules: [{ ...base.quotaRules[0], derivedFrom }, ...base.quotaRules.slice(1)] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });
});
