import { describe, expect, it } from 'vitest';
import { criteriaSetByCode } from '../criteria/seed-criteria';
import type { PlanDocument } from './plan';
import { canonicalPlanJson, parsePlanDocument, safeParsePlanDocument } from './schema';
import { SEED_PLANS, seedPlanByCode } from './seed-plans';
import { sha256Hex } from './sha256';
import { materialiseWindow, resolveDue } from './windows';

const plan = (code: string): PlanDocument => seedPlanByCode(code)!;

/** sha256sum of /work/shared/seeds/*.txt (the files the originals were copied from). */
const SEED_FILE_SHA256: Record<string, string> = {
  'SEED-000-HA-GIANG': 'dd0a19244ceb0e03efc304a30796401fa89a632d098d3f0da32e96dba0df2826',
  'SEED-001-BA-BE': '149e58880a5896252c61a115cb745fec493f484d4b76b998ea0cef788a403b10',
  'SEED-002-LAO-CAI': 'c9d2066babfc8e5eecf1926a9de86a5081a86e62d804077d1252b3f54b7b93a3',
  'SEED-003-NAM-DINH': 'f71ba21acbaf9179b09b70c18c546b4b21eb72614be974c6512204757e94844f',
  'SEED-004-LAM-DONG': '04c857e2080236e0e8c3b29705c86d8a382c4f895eccb5d7b734bede2e735ab9',
};

describe('seed plans', () => {
  it('are the five seeds, in order', () => {
    expect(SEED_PLANS.map((p) => p.code)).toEqual(['SEED-000-HA-GIANG', 'SEED-001-BA-BE', 'SEED-002-LAO-CAI', 'SEED-003-NAM-DINH', 'SEED-004-LAM-DONG']);
  });

  it.each(SEED_PLANS.map((p) => [p.code, p] as const))('%s parses unchanged', (_code, p) => {
    const r = safeParsePlanDocument(p);
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(parsePlanDocument(p)).toEqual(p);
  });

  it.each(SEED_PLANS.map((p) => [p.code, p] as const))('%s: export → import → export is byte-identical, and importing twice is idempotent', (_code, p) => {
    const first = canonicalPlanJson(p);
    const imported = parsePlanDocument(first);
    const second = canonicalPlanJson(imported);
    expect(second).toBe(first);
    expect(canonicalPlanJson(parsePlanDocument(second))).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first.startsWith('{\n  "version": 1,\n  "code": ')).toBe(true);
  });

  it.each(SEED_PLANS.map((p) => [p.code, p] as const))('%s keeps the original text with its hash', (code, p) => {
    expect(p.original).not.toBeNull();
    expect(sha256Hex(p.original!.text)).toBe(p.original!.sha256);
    expect(p.original!.sha256).toBe(SEED_FILE_SHA256[code]);
  });

  it.each(SEED_PLANS.map((p) => [p.code, p] as const))('%s references existing criteria sets', (_code, p) => {
    expect(p.criteriaSets.length).toBeGreaterThan(0);
    for (const ref of p.criteriaSets) {
      const set = criteriaSetByCode(ref.code);
      expect(set, ref.code).toBeDefined();
      for (const g of ref.roleGroups ?? []) expect(set!.roleGroups.map((x) => x.code)).toContain(g);
      if (ref.field) expect(set!.field).toBe(ref.field);
    }
  });

  it('counts per seed', () => {
    const counts = SEED_PLANS.map((p) => ({
      code: p.code,
      quotas: p.quotaRules.length,
      windows: p.submissionWindows.length,
      milestones: p.milestones.length,
      responsibilities: p.responsibilities.length,
      recipients: p.recipients.length,
      content: p.contentItems.length,
      criteria: p.criteriaSets.length,
      kpis: p.kpis.length,
    }));
    expect(counts).toEqual([
      { code: 'SEED-000-HA-GIANG', quotas: 0, windows: 0, milestones: 5, responsibilities: 3, recipients: 7, content: 10, criteria: 2, kpis: 0 },
      { code: 'SEED-001-BA-BE', quotas: 3, windows: 0, milestones: 4, responsibilities: 3, recipients: 12, content: 7, criteria: 12, kpis: 0 },
      { code: 'SEED-002-LAO-CAI', quotas: 2, windows: 1, milestones: 2, responsibilities: 3, recipients: 5, content: 3, criteria: 2, kpis: 0 },
      { code: 'SEED-003-NAM-DINH', quotas: 0, windows: 0, milestones: 0, responsibilities: 0, recipients: 0, content: 6, criteria: 1, kpis: 0 },
      { code: 'SEED-004-LAM-DONG', quotas: 0, windows: 0, milestones: 1, responsibilities: 2, recipients: 6, content: 12, criteria: 1, kpis: 1 },
    ]);
  });

  it('Ba Bể: three yearly minimum quotas, ≥10 per commune, ≥5 per police/army/education/health sector, ≥3 per other agency', () => {
    const q = plan('SEED-001-BA-BE').quotaRules;
    expect(q.map((r) => [r.key, r.per, r.count.bound, r.count.value, r.every])).toEqual([
      ['BB-Q-XA', 'UNIT', 'MIN', 10, 'YEAR'],
      ['BB-Q-NGANH', 'SECTOR', 'MIN', 5, 'YEAR'],
      ['BB-Q-CO_QUAN', 'UNIT', 'MIN', 3, 'YEAR'],
    ]);
    expect(q[0].nominators).toMatchObject({ kinds: ['UBND'], unitLevel: 'commune', units: [{ gsoCode: '061' }] });
    expect(q[1].nominators.sectors).toEqual(['CONG_AN', 'QUAN_SU', 'GIAO_DUC', 'Y_TE']);
    expect(q[2].nominators.excludeSectors).toEqual(['CONG_AN', 'QUAN_SU', 'GIAO_DUC', 'Y_TE']);
    for (const r of q) expect(r.receiver.organization).toBe('BACKAN.BABE.HDTDKT');
    expect(q[0].text).toBe('UBND các xã, thị trấn hằng năm lựa chọn, giới thiệu ít nhất 10 mô hình, điển hình tiên tiến tiêu biểu về Hội đồng thi đua - Khen thưởng huyện để tuyên truyền.');
  });

  it('Ba Bể: milestones Q1 2023, early Q2 2023 for education, Q2 2023 conference, Q2 2025 final review', () => {
    const p = plan('SEED-001-BA-BE');
    expect(p.milestones.map((m) => [m.key, m.kind, resolveDue(m.due)[0]])).toEqual([
      ['BB-M-SK-2023', 'INTERIM_REVIEW', { from: '2023-01-01', to: '2023-03-31', label: '2023-Q1' }],
      ['BB-M-SK-2023-GD', 'INTERIM_REVIEW', { from: '2023-04-01', to: '2023-04-30', label: '2023-Q2-EARLY' }],
      ['BB-M-HN-2023', 'CONFERENCE', { from: '2023-04-01', to: '2023-06-30', label: '2023-Q2' }],
      ['BB-M-TK-2025', 'FINAL_REVIEW', { from: '2025-04-01', to: '2025-06-30', label: '2025-Q2' }],
    ]);
    expect(p.milestones[1].actor.organization).toBe('BACKAN.BABE.PHONG_GDDT');
    expect(p.council).toEqual({ name: 'Hội đồng Thi đua - Khen thưởng huyện', organization: 'BACKAN.BABE.HDTDKT', standing: { text: 'Phòng Nội vụ', organization: 'BACKAN.BABE.PHONG_NOI_VU' } });
    expect(p.number).toEqual({ value: null, pattern: '/KH-UBND' });
    expect(p.issueDate).toEqual({ year: 2021, month: 9, day: null });
    expect(p.parentPlans[0]).toMatchObject({ kind: 'EXTERNAL', document: { number: '458/KH-UBND', date: { year: 2021, month: 7, day: 19 } } });
    expect(p.recipients.filter((r) => r.delivery === 'PAPER').map((r) => r.line)).toEqual(['Ban CHQS huyện;', 'Lưu: VT.']);
  });

  it('Lào Cai: exactly 1 individual per division per quarter, days 20–25 of the quarter\'s last month', () => {
    const p = plan('SEED-002-LAO-CAI');
    const [q] = p.quotaRules;
    expect([q.per, q.count, q.every, q.subjectKinds, q.windowKeys]).toEqual(['UNIT', { bound: 'EXACT', value: 1 }, 'QUARTER', ['CA_NHAN'], ['LC-W-QUY']]);
    expect(q.receiver.organization).toBe('LAOCAI.VP_UBND.PHONG_TCHC');
    const w = p.submissionWindows.find((x) => x.key === 'LC-W-QUY')!;
    expect(w.rule).toEqual({ every: 'QUARTER', month: 'LAST', days: { from: 20, to: 25 } });
    expect(materialiseWindow(w.rule, { from: 2023, to: 2023 }).map((r) => [r.from, r.to])).toEqual([
      ['2023-03-20', '2023-03-25'],
      ['2023-06-20', '2023-06-25'],
      ['2023-09-20', '2023-09-25'],
      ['2023-12-20', '2023-12-25'],
    ]);
    expect(materialiseWindow(w.rule, p.period).map((r) => r.from)).toEqual(['2020-03-20', '2020-06-20', '2020-09-20', '2020-12-20']);
    expect(p.quotaRules[1]).toMatchObject({ count: { bound: 'EXACT', value: 1 }, every: 'PLAN', receiver: { organization: 'LAOCAI.HDTDKT' } });
    expect(p.number).toEqual({ value: '07', pattern: '/KH-VPUBND' });
    expect(p.issueDate).toEqual({ year: 2020, month: 2, day: 17 });
  });

  it('Hà Giang: interim review with the first half of 2023, number and day blank', () => {
    const p = plan('SEED-000-HA-GIANG');
    expect(p.number).toEqual({ value: null, pattern: '/KH-SLĐTBXH' });
    expect(resolveDue(p.milestones[0].due)).toEqual([{ from: '2023-01-01', to: '2023-06-30', label: '2023-H1' }]);
    expect(p.parentPlans[0]).toMatchObject({ document: { number: '153/KH-UBND', issuer: { organization: 'HG.UBND' } } });
    expect(p.issuer.organization).toBe('HG.SO_LDTBXH');
    expect(p.unknownParts.map((u) => u.path)).toEqual(['number.value', 'issueDate.day']);
  });

  it('Nam Định: truncated parts stay unknown and empty', () => {
    const p = plan('SEED-003-NAM-DINH');
    expect(p.original!.truncated).toBe(true);
    expect(p.signer).toEqual({ title: null, name: 'Phạm Đình Nghị' });
    expect([p.quotaRules, p.milestones, p.responsibilities, p.recipients]).toEqual([[], [], [], []]);
    expect(p.council).toBeNull();
    expect(p.unknownParts.filter((u) => u.reason === 'TRUNCATED').map((u) => u.path)).toEqual(
      expect.arrayContaining(['signer.title', 'quotaRules', 'milestones', 'responsibilities', 'recipients', 'council']),
    );
    expect(p.parentPlans[0]).toMatchObject({ document: { number: '1526/QĐ-TTg', documentType: 'QUYET_DINH', issuer: { organization: 'TW.THU_TUONG' } } });
    expect(p.legalBases[0]).toMatchObject({ document: { number: '34/CT-TW', documentType: 'CHI_THI' } });
  });

  it('Lâm Đồng: the 100 % KPI and the 4466/KH-UBND parent', () => {
    const p = plan('SEED-004-LAM-DONG');
    expect(p.kpis[0]).toMatchObject({ target: 100, unit: 'PERCENT', population: { within: 'LAMDONG.TTXT', kinds: ['DOAN_THE'] } });
    expect(p.parentPlans[0]).toMatchObject({ document: { number: '4466/KH-UBND', date: { year: 2023, month: 5, day: 23 } } });
    expect(p.legalBases[0]).toMatchObject({ document: { number: '34-CT/TW' } });
    expect([p.number, p.issueDate, p.place]).toEqual([{ value: null, pattern: null }, null, null]);
    expect(p.council?.organization).toBe('LAMDONG.TTXT.HDTDKT');
  });

  it('every content item serves at least one stage', () => {
    for (const p of SEED_PLANS) for (const c of p.contentItems) expect(c.stages.length).toBeGreaterThan(0);
  });
});
