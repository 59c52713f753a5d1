import type { SubjectKind } from '../criteria/vocabulary';

/**
 * The plan (kế hoạch) exchange format, version 1: the JSON the API accepts and exports, the console
 * edits and `schema.ts` validates. Every part of a plan is an item with a stable `key` (unique in its
 * list), so an item is addressable (`quotaRules[key=BB-Q-XA]`) and an import can upsert by
 * (plan `code`, list, `key`): importing the same file twice changes nothing.
 *
 * Conventions:
 * - Texts copied from the document are kept verbatim (`text`, `title`, `line`…), NFC.
 * - `null` means "the document does not say" or "left blank in the document" (number, day);
 *   `unknownParts` lists what is *lost* (seed 003 is truncated): a lost list is empty *and* listed
 *   there — never invented.
 * - Organizations are referenced by our organization code (`BACKAN.BABE.UBND`), administrative units
 *   by GSO code plus the date the code is read on (`validOn`), criteria sets by their code.
 * - Dates are ISO `YYYY-MM-DD`; years are whole numbers.
 *
 * Bump PLAN_FORMAT_VERSION only with a migration: the JSON form is a contract.
 */
export const PLAN_FORMAT_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------

/** The plan lifecycle (lifecycle.ts holds the transitions). SUPERSEDED and VOIDED are on the side. */
export const PLAN_STATUSES = ['DRAFT', 'ISSUED', 'IN_EFFECT', 'INTERIM_REVIEWED', 'FINAL_REVIEWED', 'CLOSED', 'SUPERSEDED', 'VOIDED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * The stages a content item serves: the four linked stages of Chỉ thị 34-CT/TW — phát hiện (DISCOVER),
 * bồi dưỡng (NURTURE), tổng kết (REVIEW), nhân rộng (REPLICATE) — wrapped by tuyên truyền (PUBLICISE)
 * and biểu dương / khen thưởng (HONOUR).
 */
export const PLAN_STAGES = ['DISCOVER', 'NURTURE', 'REVIEW', 'REPLICATE', 'PUBLICISE', 'HONOUR'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

/** Document types (loại văn bản) of a plan or of a referenced document. */
export const DOCUMENT_TYPES = ['KE_HOACH', 'QUYET_DINH', 'CHI_THI', 'NGHI_QUYET', 'NGHI_DINH', 'THONG_TU', 'LUAT', 'DE_AN', 'HUONG_DAN', 'KHAC'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Why a part is unknown: TRUNCATED = the text is lost; BLANK = left blank in the document; NOT_STATED = the document does not say. */
export const UNKNOWN_REASONS = ['TRUNCATED', 'BLANK', 'NOT_STATED'] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

export const QUOTA_PERIODS = ['YEAR', 'QUARTER', 'MONTH', 'PLAN'] as const;
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number];

/** Minimum (ít nhất), maximum (tối đa) or exact (đúng) number of nominations. */
export const QUOTA_BOUNDS = ['MIN', 'MAX', 'EXACT'] as const;
export type QuotaBound = (typeof QUOTA_BOUNDS)[number];

/** Per nominating unit (mỗi đơn vị) or per sector taken as a whole (mỗi ngành). */
export const QUOTA_PER = ['UNIT', 'SECTOR'] as const;
export type QuotaPer = (typeof QUOTA_PER)[number];

export const MILESTONE_KINDS = ['INTERIM_REVIEW', 'FINAL_REVIEW', 'CONFERENCE', 'REPORT', 'EVENT'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const FREQUENCIES = ['ONCE', 'ANNUAL', 'QUARTERLY', 'MONTHLY', 'REGULAR', 'PERIODIC', 'AD_HOC'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const DELIVERIES = ['PAPER', 'ELECTRONIC', 'UNSPECIFIED'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Why a recipient receives the plan: report up (B/c), implement it, coordinate, publish it, archive (Lưu), for information. */
export const RECIPIENT_PURPOSES = ['REPORT', 'IMPLEMENT', 'COORDINATE', 'PUBLISH', 'ARCHIVE', 'INFORM'] as const;
export type RecipientPurpose = (typeof RECIPIENT_PURPOSES)[number];

export const LINK_RELATIONS = ['IMPLEMENTS', 'BASED_ON'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const CRITERIA_SCOPES = ['GENERAL', 'SUBJECT_KIND', 'FIELD', 'ROLE'] as const;
export type CriteriaScope = (typeof CRITERIA_SCOPES)[number];

export const KPI_UNITS = ['PERCENT', 'COUNT'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

// ---------------------------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------------------------

/** A date whose month or day may be unknown ("ngày   tháng 9 năm 2021" → { year: 2021, month: 9, day: null }). */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** An administrative unit: GSO code, read on `validOn` (codes changed on 1 July 2025). */
export interface UnitRef {
  gsoCode: string;
  validOn: string;
}

/** An actor named by the document: the verbatim words, and our organization code when one matches. */
export interface ActorRef {
  text: string;
  organization: string | null;
}

/**
 * Which organizations (nominating units, subjects, KPI populations). Every given criterion must hold
 * (AND); lists inside a criterion are alternatives (OR). An empty selector selects nothing in particular
 * and must carry a `description`.
 */
export interface OrganizationSelector {
  /** Exactly these organizations (our codes). */
  organizations?: string[];
  /** Organizations under this one in the agency tree (not itself). */
  within?: string;
  /** Organization kinds (ORGANIZATION_KINDS codes: UBND, PHONG, DOAN_THE…). */
  kinds?: string[];
  /** Sectors (SECTORS codes: CONG_AN, QUAN_SU, GIAO_DUC, Y_TE…). */
  sectors?: string[];
  /** Not in these sectors ("other agencies"). */
  excludeSectors?: string[];
  /** Located in these administrative units (or their descendants). */
  units?: UnitRef[];
  /** Located in a unit of this level (province, district, commune). */
  unitLevel?: 'province' | 'district' | 'commune';
  /** The selector in the document's words. */
  description?: string;
}

/** A document outside the system: number, date, issuer and title as the plan cites them. */
export interface ExternalDocument {
  documentType: DocumentType;
  /** "153/KH-UBND", "34-CT/TW"; null when the citation gives none. */
  number: string | null;
  date: PartialDate | null;
  issuer: ActorRef;
  title: string | null;
}

/** A parent plan or a legal basis: an internal link to a plan of the system, or an external reference. */
export type PlanLink =
  | { key: string; relation: LinkRelation; kind: 'INTERNAL'; planCode: string; text?: string }
  | { key: string; relation: LinkRelation; kind: 'EXTERNAL'; document: ExternalDocument; text?: string };

// ---------------------------------------------------------------------------------------------
// Parts of a plan
// ---------------------------------------------------------------------------------------------

/** The document number: the number (null when blank) and the pattern after it (`/KH-UBND`). */
export interface DocumentNumber {
  value: string | null;
  /** The suffix of the number as printed: "/KH-UBND", "/KH-SLĐTBXH"; null when the document shows no number line. */
  pattern: string | null;
}

export interface Signer {
  /** "GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH"; null when lost or missing. */
  title: string | null;
  name: string | null;
}

/** A part of the plan that is unknown, with the JSON path of the part and why. */
export interface UnknownPart {
  path: string;
  reason: UnknownReason;
  note?: string;
}

/** An objective (mục đích), a requirement (yêu cầu) or another ordered text of the plan. */
export interface TextItem {
  key: string;
  /** The label printed in the document ("a)", "1.", "-"). */
  label?: string;
  text: string;
}

export interface ContentItem {
  key: string;
  label?: string;
  /** The section of the document ("IV.1.2"). */
  section?: string;
  text: string;
  /** The stages the item serves (at least one). */
  stages: PlanStage[];
  /** "Trách nhiệm tham mưu, thực hiện" as printed. */
  responsibleText?: string;
  /** "Thời gian thực hiện" as printed. */
  timingText?: string;
  frequency?: Frequency;
}

export interface Subject {
  key: string;
  kinds: SubjectKind[];
  description: string;
  selector?: OrganizationSelector;
}

/** A criteria set the plan uses, by code (criteria_set.code), and what it applies to. */
export interface CriteriaSetRef {
  key: string;
  code: string;
  scope: CriteriaScope;
  subjectKinds?: SubjectKind[];
  field?: string;
  /** Role groups of the set this reference is about (scope ROLE). */
  roleGroups?: string[];
  note?: string;
  derivedFrom?: Provenance;
}

export interface QuotaCount {
  bound: QuotaBound;
  value: number;
}

export interface QuotaRule {
  key: string;
  /** The rule as printed. */
  text: string;
  nominators: OrganizationSelector;
  per: QuotaPer;
  count: QuotaCount;
  every: QuotaPeriod;
  /** Subject kinds nominated (empty: any). */
  subjectKinds: SubjectKind[];
  /** What is nominated, as printed ("mô hình, điển hình tiên tiến tiêu biểu"). */
  item?: string;
  /** The council (or unit) that receives the nominations. */
  receiver: ActorRef;
  /** Submission windows (keys of `submissionWindows`) the nominations must fall in. */
  windowKeys?: string[];
  /** What the nominations are for, as printed ("để tuyên truyền"). */
  purpose?: string;
  attachments?: string[];
  note?: string;
  derivedFrom?: Provenance;
}

/**
 * When nominations may be submitted: a recurring rule (windows.ts materialises it into dated instances
 * for the plan period) or fixed dates. Days are inclusive; `to: 'LAST'` is the month's last day; a
 * day beyond the month's length is clamped to its last day.
 */
export type WindowRule =
  | { every: 'QUARTER'; month: 'LAST' | 1 | 2 | 3; days: DayRange }
  | { every: 'YEAR'; month: number; days: DayRange }
  | { every: 'MONTH'; days: DayRange }
  | { every: 'FIXED'; from: string; to: string };

export interface DayRange {
  from: number;
  to: number | 'LAST';
}

export interface SubmissionWindow {
  key: string;
  text: string;
  rule: WindowRule;
  derivedFrom?: Provenance;
}

/** Where a derived plan's item was copied from (derivePlan): the parent plan's code and the item's key. */
export interface Provenance {
  planCode: string;
  key: string;
}

/**
 * When a milestone is due (windows.ts resolves it to an inclusive date range):
 * DATE a day; MONTH a month; QUARTER a quarter, optionally only its EARLY / MID / LATE part (its first,
 * second or third month: "đầu quý II" = April); HALF a half-year (H1 = January–June); YEAR a year;
 * RECURRING every year / quarter / month of the plan period, or PERIODIC without a stated rhythm.
 */
export type DueExpression =
  | { kind: 'DATE'; date: string }
  | { kind: 'MONTH'; year: number; month: number }
  | { kind: 'QUARTER'; year: number; quarter: 1 | 2 | 3 | 4; part?: 'EARLY' | 'MID' | 'LATE' }
  | { kind: 'HALF'; year: number; half: 1 | 2 }
  | { kind: 'YEAR'; year: number }
  | { kind: 'RECURRING'; every: 'YEAR' | 'QUARTER' | 'MONTH' | 'PERIODIC' };

export interface Milestone {
  key: string;
  kind: MilestoneKind;
  text: string;
  actor: ActorRef;
  due: DueExpression;
  /** The due expression as printed ("đầu quý II năm 2023"). */
  dueText?: string;
  stages?: PlanStage[];
  note?: string;
}

export interface Responsibility {
  key: string;
  lead: ActorRef;
  with: ActorRef[];
  duties: string[];
  frequency?: Frequency;
  frequencyText?: string;
  /** The lead is the council's standing secretariat (thường trực). */
  standing?: boolean;
}

export interface Kpi {
  key: string;
  text: string;
  /** What is measured (a code the API computes): ORGANIZATIONS_WITH_CRITERIA… */
  indicator: string;
  population?: OrganizationSelector;
  target: number;
  unit: KpiUnit;
}

export interface Recipient {
  key: string;
  /** The line of "Nơi nhận" verbatim. */
  line: string;
  organization: string | null;
  delivery: Delivery;
  purpose: RecipientPurpose;
}

export interface Council {
  name: string;
  organization: string | null;
  standing: ActorRef | null;
}

/**
 * The original document text, stored verbatim (pure shared code cannot read files): `sha256` is the
 * hex SHA-256 of the UTF-8 `text`, `sourceFile` the seed file it came from.
 */
export interface OriginalText {
  sourceFile: string | null;
  sha256: string;
  truncated: boolean;
  text: string;
}

export interface PlanDocument {
  version: typeof PLAN_FORMAT_VERSION;
  /** Stable plan code (upper-case letters, digits, `_ . -`): the idempotency key of the plan. */
  code: string;
  number: DocumentNumber;
  title: string;
  titleEn?: string;
  documentType: DocumentType;
  /** Lĩnh vực as the document (or its register) states it. */
  field: string | null;
  issuer: ActorRef;
  signer: Signer;
  place: string | null;
  issueDate: PartialDate | null;
  effectiveDate: string | null;
  period: { from: number; to: number };
  status: PlanStatus;
  parentPlans: PlanLink[];
  legalBases: PlanLink[];
  objectives: TextItem[];
  requirements: TextItem[];
  contentItems: ContentItem[];
  subjects: Subject[];
  criteriaSets: CriteriaSetRef[];
  quotaRules: QuotaRule[];
  submissionWindows: SubmissionWindow[];
  milestones: Milestone[];
  responsibilities: Responsibility[];
  kpis: Kpi[];
  recipients: Recipient[];
  council: Council | null;
  unknownParts: UnknownPart[];
  notes?: string;
  original: OriginalText | null;
}

/** The item lists of a plan (each item has a `key` unique in its list). */
export const PLAN_ITEM_LISTS = [
  'parentPlans',
  'legalBases',
  'objectives',
  'requirements',
  'contentItems',
  'subjects',
  'criteriaSets',
  'quotaRules',
  'submissionWindows',
  'milestones',
  'responsibilities',
  'kpis',
  'recipients',
] as const satisfies readonly (keyof PlanDocument)[];
export type PlanItemList = (typeof PLAN_ITEM_LISTS)[number];
