import { canAdvanceExemplar, EXEMPLAR_STAGES } from '@exemplar/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/harness';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ clock: () => new Date('2023-06-15T03:00:00Z') });
});
afterAll(async () => {
  await api?.close();
});

async function snapshot(table: 'exemplar' | 'nomination', id: string) {
  const [row] = await api.db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
  const [{ n }] = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}_transition WHERE ${table}_id = $1`, [id]);
  return { row, transitions: n };
}

describe('every illegal move is refused and changes nothing', () => {
  it('an exemplar at each stage: every stage the lifecycle does not allow is refused, row and history untouched', async () => {
    const created = await api.gql<{ createExemplar: { id: string; version: number } }>(`mutation { createExemplar(modelName: "Mô hình thử", discoveredVia: "OTHER") { id version } }`);
    const { id } = created.body.data!.createExemplar;
    // Walk the main path; at each stage try every target.
    for (const current of ['CANDIDATE', 'NOMINATED', 'UNDER_REVIEW', 'RECOGNISED', 'NURTURING', 'REVIEWED', 'REPLICATING', 'HONOURED', 'ARCHIVED'] as const) {
      const before = await snapshot('exemplar', id);
      expect(before.row.stage).toBe(current);
      for (const target of EXEMPLAR_STAGES) {
        if (canAdvanceExemplar(current, target)) continue;
        const res = await api.gql(`mutation($id: ID!, $v: Int!, $s: String!) { advanceExemplar(id: $id, version: $v, stage: $s, reason: "r", author: "a") { id } }`, {
          id,
          v: before.row.version,
          s: target,
        });
        expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'EXEMPLAR_TRANSITION_REFUSED', from: current, to: target });
      }
      expect(await snapshot('exemplar', id)).toEqual(before);
      const next = { CANDIDATE: 'NOMINATED', NOMINATED: 'UNDER_REVIEW', UNDER_REVIEW: 'RECOGNISED', RECOGNISED: 'NURTURING', NURTURING: 'REVIEWED', REVIEWED: 'REPLICATING', REPLICATING: 'HONOURED', HONOURED: 'ARCHIVED', ARCHIVED: null }[current];
      if (next) {
        const moved = await api.gql(`mutation($id: ID!, $v: Int!, $s: String!) { advanceExemplar(id: $id, version: $v, stage: $s, reason: "r", author: "a") { stage } }`, { id, v: before.row.version, s: next });
        expect(moved.body.errors).toBeUndefined();
      }
    }
  });

  it('a nomination: verbs out of turn are refused at each status, row and history untouched', async () => {
    const [{ id: plan }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM plan WHERE code = 'SEED-001-BA-BE'`);
    const [{ id: org }] = await api.db.query<{ id: string }>(`SELECT id::text AS id FROM organization WHERE code = 'BACKAN.BABE.PHONG_NOI_VU'`);
    const person = await api.gql<{ createPerson: { id: string } }>(`mutation { createPerson(fullName: "Người thử") { id } }`);
    const created = await api.gql<{ createNomination: { id: string } }>(
      `mutation($p: ID!, $o: ID!, $s: ID!) { createNomination(planId: $p, nominatingOrganizationId: $o, subjectKind: "CA_NHAN", subjectId: $s, periodYear: 2023,
        summary: { name: "Người thử", unit: "Phòng Nội vụ", role: "Chuyên viên", field: "Cải cách hành chính", achievements: "Thành tích" }) { id } }`,
      { p: plan, o: org, s: person.body.data!.createPerson.id },
    );
    const id = created.body.data!.createNomination.id;
    const VERBS: Record<string, string> = {
      submit: `mutation($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { id } }`,
      receive: `mutation($id: ID!, $v: Int!) { receiveNomination(id: $id, version: $v) { id } }`,
      return: `mutation($id: ID!, $v: Int!) { returnNomination(id: $id, version: $v, reason: "Thiếu hồ sơ") { id } }`,
      appraise: `mutation($id: ID!, $v: Int!) { appraiseNomination(id: $id, version: $v, criteriaSetCode: "SEED-001-BA-BE-HOC_TAP_LAM_THEO_BAC") { id } }`,
      forward: `mutation($id: ID!, $v: Int!) { forwardNomination(id: $id, version: $v) { id } }`,
    };
    const allowed: Record<string, string[]> = {
      DRAFT: ['submit'],
      SUBMITTED: ['receive', 'return'],
      RECEIVED: ['return', 'appraise'],
      APPRAISED: ['return'],
    };
    for (const [status, verbs] of Object.entries(allowed)) {
      const before = await snapshot('nomination', id);
      expect(before.row.status).toBe(status);
      for (const verb of Object.keys(VERBS).filter((v) => !verbs.includes(v))) {
        const res = await api.gql(VERBS[verb], { id, v: before.row.version });
        expect([verb, res.body.errors?.[0].extensions?.code]).toEqual([verb, 'NOMINATION_TRANSITION_REFUSED']);
      }
      expect(await snapshot('nomination', id)).toEqual(before);
      const step = { DRAFT: 'submit', SUBMITTED: 'receive', RECEIVED: 'appraise', APPRAISED: null }[status];
      if (step) expect((await api.gql(VERBS[step], { id, v: before.row.version })).body.errors).toBeUndefined();
    }
  });
});
