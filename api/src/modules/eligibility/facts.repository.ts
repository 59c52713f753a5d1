import type { SubjectFacts, SubjectKind } from '@exemplar/shared';
import type { Db } from '../../db';

export interface SubjectRef {
  kind: SubjectKind;
  id: string;
}

const PREFIX: Record<SubjectKind, string> = { CA_NHAN: 'P', TAP_THE: 'O', HO_GIA_DINH: 'H' };

export function subjectKey(ref: SubjectRef): string {
  return PREFIX[ref.kind] + ref.id;
}

type Keyed<T> = T & { key: string };

function emptyFacts(ref: SubjectRef, name: string): SubjectFacts {
  return {
    subject: { id: ref.id, kind: ref.kind, name },
    positions: [],
    awards: [],
    initiatives: [],
    researchWorks: [],
    ratings: [],
    disciplines: [],
    culturalTitles: [],
    flags: [],
    metrics: [],
    attestations: [],
  };
}

function push<K extends keyof SubjectFacts>(facts: Map<string, SubjectFacts>, rows: Keyed<object>[], list: K): void {
  for (const { key, ...fact } of rows) (facts.get(key)?.[list] as unknown[] | undefined)?.push(fact);
}

/**
 * Loads what the evaluator reads for many subjects at once: one statement per fact source, whatever
 * the number of subjects. Members of collectives (people holding a position in the organization on
 * `asOf`) and of households are loaded in a second round, with the same statements.
 */
export class FactsRepository {
  constructor(private readonly db: Db) {}

  async load(subjects: readonly SubjectRef[], asOf: string): Promise<Map<string, SubjectFacts>> {
    const facts = await this.loadOwn(subjects);
    const collectives = subjects.filter((s) => s.kind !== 'CA_NHAN' && facts.has(subjectKey(s)));
    if (collectives.length === 0) return facts;

    const memberships = await this.members(collectives, asOf);
    const memberRefs = [...new Set(memberships.map((m) => m.personId))].map((id) => ({ kind: 'CA_NHAN' as const, id }));
    const memberFacts = await this.loadOwn(memberRefs);
    for (const subject of collectives) facts.get(subjectKey(subject))!.members = [];
    for (const m of memberships) {
      const member = memberFacts.get(`P${m.personId}`);
      if (member) facts.get(m.key)?.members?.push(member);
    }
    return facts;
  }

  private async loadOwn(subjects: readonly SubjectRef[]): Promise<Map<string, SubjectFacts>> {
    const facts = new Map<string, SubjectFacts>();
    if (subjects.length === 0) return facts;
    const ids = (kind: SubjectKind) => subjects.filter((s) => s.kind === kind).map((s) => s.id);
    const names = await this.db.query<{ key: string; id: string; kind: SubjectKind; name: string }>(
      `SELECT 'P' || id AS key, id::text AS id, 'CA_NHAN' AS kind, full_name AS name FROM person WHERE id = ANY($1::bigint[])
       UNION ALL SELECT 'O' || id, id::text, 'TAP_THE', name FROM organization WHERE id = ANY($2::bigint[])
       UNION ALL SELECT 'H' || id, id::text, 'HO_GIA_DINH', name FROM household WHERE id = ANY($3::bigint[])`,
      [ids('CA_NHAN'), ids('TAP_THE'), ids('HO_GIA_DINH')],
    );
    for (const row of names) facts.set(row.key, emptyFacts({ kind: row.kind, id: row.id }, row.name));
    const keys = [...facts.keys()];
    const people = ids('CA_NHAN');

    const [positions, awards, initiatives, ratings, disciplines, titles, flags, metrics, attestations] = await Promise.all([
      people.length
        ? this.db.query<Keyed<object>>(
            `SELECT 'P' || p.person_id AS key, p.id::text AS id, p.role_code AS "roleCode", p.organization_id::text AS "organizationId",
                    o.kind_code AS "organizationKind", p.from_date::text AS "from", p.to_date::text AS "to"
             FROM position p JOIN organization o ON o.id = p.organization_id
             WHERE p.person_id = ANY($1::bigint[]) ORDER BY p.person_id, p.from_date NULLS FIRST, p.id`,
            [people],
          )
        : [],
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, award_type_code AS "awardType", year, decision_number AS "decisionNumber",
                decision_date::text AS "decisionDate", issuer_level AS "issuerLevel", issuer_role AS "issuerRole",
                issuer_organization_id::text AS "issuerOrganizationId", occasion
         FROM award_record WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, year, id`,
        [keys],
      ),
      this.db.query<Keyed<{ id: string; kind: string; title: string; level: string | null; recognizedOn: string | null; applied: boolean | null }>>(
        `SELECT a.subject_key AS key, i.id::text AS id, i.kind, i.title, i.recognition_level AS level,
                i.recognized_on::text AS "recognizedOn", i.applied
         FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id
         WHERE a.subject_key = ANY($1::text[]) ORDER BY a.subject_key, i.recognized_on NULLS FIRST, i.id`,
        [keys],
      ),
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, year, level FROM annual_rating
         WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, year`,
        [keys],
      ),
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, form, decided_on::text AS "decidedOn", effective_to::text AS "effectiveTo"
         FROM discipline WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, decided_on, id`,
        [keys],
      ),
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, code, year FROM cultural_title
         WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, year, code`,
        [keys],
      ),
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, code, year, value FROM subject_flag
         WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, code, year NULLS FIRST`,
        [keys],
      ),
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, code, year, value::float8 AS value FROM yearly_metric
         WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, code, year`,
        [keys],
      ),
      this.db.query<Keyed<object>>(
        `SELECT subject_key AS key, id::text AS id, criterion_key AS "criterionKey", verdict, attested_by AS "attestedBy",
                attested_on::text AS "attestedOn", note
         FROM attestation WHERE subject_key = ANY($1::text[]) ORDER BY subject_key, attested_on, id`,
        [keys],
      ),
    ]);

    push(facts, positions, 'positions');
    push(facts, awards, 'awards');
    push(facts, ratings, 'ratings');
    push(facts, disciplines, 'disciplines');
    push(facts, titles, 'culturalTitles');
    push(facts, flags, 'flags');
    push(facts, metrics, 'metrics');
    push(facts, attestations, 'attestations');
    for (const { key, kind, title, level, recognizedOn, applied, id } of initiatives) {
      const subject = facts.get(key);
      if (!subject) continue;
      if (kind === 'DE_TAI_KHOA_HOC') subject.researchWorks.push({ id, title, level: level as never, acceptedOn: recognizedOn, applied });
      else subject.initiatives.push({ id, title, recognitionLevel: level as never, recognizedOn, applied });
    }
    return facts;
  }

  /**
   * People who are members of each collective on `asOf`: holding a position in the organization or in
   * any organization under it (a department's divisions), or belonging to the household.
   */
  private members(collectives: readonly SubjectRef[], asOf: string): Promise<{ key: string; personId: string }[]> {
    const ids = (kind: SubjectKind) => collectives.filter((s) => s.kind === kind).map((s) => s.id);
    return this.db.query(
      `SELECT 'O' || c.ancestor_id AS key, p.person_id::text AS "personId"
       FROM organization_closure c JOIN position p ON p.organization_id = c.descendant_id
       WHERE c.ancestor_id = ANY($1::bigint[])
         AND (p.from_date IS NULL OR p.from_date <= $3::date) AND (p.to_date IS NULL OR p.to_date >= $3::date)
       UNION
       SELECT 'H' || household_id, person_id::text FROM household_member WHERE household_id = ANY($2::bigint[])
       ORDER BY 1, 2`,
      [ids('TAP_THE'), ids('HO_GIA_DINH'), asOf],
    );
  }
}
