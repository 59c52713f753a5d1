import type { AwardLevel, DisciplineForm, RatingLevel, SubjectKind } from './vocabulary';

/**
 * What the evaluator reads about one subject: plain data the API loads from the achievement record
 * (one query per fact source for a whole batch of subjects) and the console can build for previews.
 * Every fact carries the id of its record so that a trace can name it. Dates are ISO `YYYY-MM-DD`.
 */

export interface AwardFact {
  id: string;
  /** Award type code from the catalogue (LAO_DONG_TIEN_TIEN, CSTD_CO_SO, CSTD_BO_TINH, BK_BO_TINH, BK_THU_TUONG…). */
  awardType: string;
  /** The year the title or commendation is for (the emulation year). */
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** Level of the issuing authority (TINH for a province's chairman, BO for a ministry…). */
  issuerLevel: AwardLevel | null;
  /** Role of the signer, e.g. CHU_TICH_UBND_TINH, BO_TRUONG, THU_TUONG. */
  issuerRole: string | null;
  issuerOrganizationId: string | null;
  occasion: string | null;
}

export interface InitiativeFact {
  id: string;
  title: string;
  /** Level at which the initiative was recognised (CO_SO, HUYEN, TINH, BO, NHA_NUOC). */
  recognitionLevel: AwardLevel | null;
  recognizedOn: string | null;
  /** Applied effectively; null when not recorded. */
  applied: boolean | null;
}

export interface ResearchWorkFact {
  id: string;
  title: string;
  level: AwardLevel | null;
  acceptedOn: string | null;
  /** Applied effectively after acceptance (the Law's "nghiệm thu và áp dụng"); null or absent when not recorded. */
  applied?: boolean | null;
}

export interface RatingFact {
  id: string;
  year: number;
  level: RatingLevel;
}

export interface DisciplineFact {
  id: string;
  form: DisciplineForm;
  decidedOn: string;
  /** Last day the discipline is in force (null: not recorded). */
  effectiveTo: string | null;
}

/** A cultural title for a year: GIA_DINH_VAN_HOA, CO_QUAN_VAN_HOA, DON_VI_VAN_HOA, KHU_DAN_CU_VAN_HOA… */
export interface CulturalTitleFact {
  id: string;
  code: string;
  year: number;
}

/** A recorded flag, e.g. a commune meets the New Rural standard, a Party organisation "trong sạch vững mạnh". */
export interface FlagFact {
  id: string;
  code: string;
  /** The year it holds for; null when it is not tied to a year. */
  year: number | null;
  value: boolean;
}

/** A yearly metric: household income, revenue, budget paid, profit… */
export interface MetricFact {
  id: string;
  code: string;
  year: number;
  value: number;
}

/** A reviewer's recorded verdict on a qualitative criterion. */
export interface AttestationFact {
  id: string;
  /** The criterion it answers (Criterion.key). */
  criterionKey: string;
  verdict: 'PASS' | 'FAIL';
  attestedBy: string;
  attestedOn: string;
  note: string | null;
}

/** A role held over time. */
export interface PositionFact {
  id: string;
  roleCode: string;
  organizationId: string;
  /**
   * Kind of the organization (ORGANIZATION_KINDS: SO, PHONG, DON_VI_TRUC_THUOC, TRUNG_TAM…). Role groups
   * use it to tell a department's director from the director of a unit attached to it; absent, a
   * group that requires it only *might* match and the role choice becomes AMBIGUOUS.
   */
  organizationKind?: string | null;
  from: string | null;
  to: string | null;
}

export interface SubjectFacts {
  subject: { id: string; kind: SubjectKind; name: string };
  positions: PositionFact[];
  awards: AwardFact[];
  initiatives: InitiativeFact[];
  researchWorks: ResearchWorkFact[];
  ratings: RatingFact[];
  disciplines: DisciplineFact[];
  culturalTitles: CulturalTitleFact[];
  flags: FlagFact[];
  metrics: MetricFact[];
  attestations: AttestationFact[];
  /** Members of a collective or household, with their own facts (member shares, members' discipline). */
  members?: SubjectFacts[];
}
