import type { GraphQLFormattedError } from 'graphql';
import { NOMINATION_TRANSITIONS, isNominationStatus } from '@exemplar/shared';

/** The achievement summary form (trích ngang) as the API keeps it (nomination.service.ts). */
export const SUMMARY_TEXT_FIELDS = ['name', 'birthYear', 'gender', 'unit', 'role', 'field', 'achievements', 'note'] as const;
export const SUMMARY_LIST_FIELDS = ['initiatives', 'awards', 'ratings'] as const;
/** What submitting needs; a person's form also needs the role. */
export const SUMMARY_REQUIRED = ['name', 'unit', 'field', 'achievements'] as const;

export type SummaryTextField = (typeof SUMMARY_TEXT_FIELDS)[number];
export type SummaryListField = (typeof SUMMARY_LIST_FIELDS)[number];

export type Summary = Partial<Record<SummaryTextField, string | number>> & Partial<Record<SummaryListField, string[]>>;

export interface Attachment {
  title: string;
  url?: string;
}

/** The form's lists are rows of one input each ({ text }), the only shape react-admin's ArrayInput edits. */
export interface SummaryFormValues {
  name?: string | null;
  birthYear?: string | number | null;
  gender?: string | null;
  unit?: string | null;
  role?: string | null;
  field?: string | null;
  achievements?: string | null;
  note?: string | null;
  initiatives?: ({ text?: string | null } | null)[] | null;
  awards?: ({ text?: string | null } | null)[] | null;
  ratings?: ({ text?: string | null } | null)[] | null;
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** The summary the API takes: trimmed texts, the birth year as a number, lists without blank lines; blanks left out. */
export function summaryFromForm(values: SummaryFormValues | null | undefined): Summary {
  const summary: Summary = {};
  if (!values) return summary;
  for (const key of SUMMARY_TEXT_FIELDS) {
    const value = text(values[key]);
    if (value === undefined) continue;
    summary[key] = key === 'birthYear' && /^\d{4}$/.test(value) ? Number(value) : value;
  }
  for (const key of SUMMARY_LIST_FIELDS) {
    const lines = (values[key] ?? []).map((row) => text(row?.text)).filter((line): line is string => line !== undefined);
    if (lines.length) summary[key] = lines;
  }
  return summary;
}

/** The form's values back from a stored summary (to edit a draft or a returned nomination). */
export function summaryToForm(summary: Summary | null | undefined): SummaryFormValues {
  const values: SummaryFormValues = {};
  if (!summary) return values;
  for (const key of SUMMARY_TEXT_FIELDS) if (summary[key] !== undefined) values[key] = String(summary[key]) as never;
  for (const key of SUMMARY_LIST_FIELDS) values[key] = (summary[key] ?? []).map((line) => ({ text: line }));
  return values;
}

/** Attachments as the API takes them: a title, and a link only when it is one (http or https). */
export function attachmentsFromForm(rows: ({ title?: string | null; url?: string | null } | null)[] | null | undefined): Attachment[] {
  return (rows ?? []).flatMap((row) => {
    const title = text(row?.title);
    if (!title) return [];
    const url = text(row?.url);
    return [url ? { title, url } : { title }];
  });
}

/** The fields submitting would refuse as missing (the server's rule, for a hint before sending). */
export function missingSummaryFields(summary: Summary, subjectKind: string | null | undefined): string[] {
  const missing: string[] = SUMMARY_REQUIRED.filter((key) => !summary[key]);
  if (subjectKind === 'CA_NHAN' && !summary.role) missing.push('role');
  return missing;
}

/** A quota's grain: which period inputs the nomination needs. */
export type Grain = 'YEAR' | 'QUARTER' | 'MONTH' | 'PLAN';

export function grainOf(every: string | null | undefined): Grain {
  return every === 'QUARTER' || every === 'MONTH' || every === 'PLAN' ? every : 'YEAR';
}

export interface NominationFormValues {
  planId?: string | null;
  quotaRuleId?: string | null;
  nominatingOrganizationId?: string | null;
  councilOrganizationId?: string | null;
  target?: 'EXEMPLAR' | 'CA_NHAN' | 'TAP_THE' | 'HO_GIA_DINH';
  exemplarId?: string | null;
  subjectId?: string | null;
  periodYear?: number | string | null;
  periodQuarter?: number | string | null;
  periodMonth?: number | string | null;
  summary?: SummaryFormValues | null;
  attachments?: ({ title?: string | null; url?: string | null } | null)[] | null;
  author?: string | null;
}

const id = (value: unknown): string | undefined => (value === null || value === undefined || value === '' ? undefined : String(value));
const int = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

/**
 * createNomination's arguments from the form: the exemplar or the subject (never both), the period at
 * the quota's grain (a quarter only for a quarterly quota, a month only for a monthly one), the summary
 * and attachments cleaned; blanks left out.
 */
export function nominationCreateInput(values: NominationFormValues, every?: string | null): Record<string, unknown> {
  const grain = grainOf(every);
  const target = values.target ?? 'EXEMPLAR';
  const input: Record<string, unknown> = {
    planId: id(values.planId),
    quotaRuleId: id(values.quotaRuleId),
    nominatingOrganizationId: id(values.nominatingOrganizationId),
    councilOrganizationId: id(values.councilOrganizationId),
    periodYear: int(values.periodYear),
    periodQuarter: grain === 'QUARTER' ? int(values.periodQuarter) : undefined,
    periodMonth: grain === 'MONTH' ? int(values.periodMonth) : undefined,
    summary: summaryFromForm(values.summary),
    attachments: attachmentsFromForm(values.attachments),
    author: text(values.author),
  };
  if (target === 'EXEMPLAR') input.exemplarId = id(values.exemplarId);
  else {
    input.subjectKind = target;
    input.subjectId = id(values.subjectId);
  }
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** "2023", "Q2/2023", "06/2023". */
export function periodLabel(n: { periodYear: number; periodQuarter?: number | null; periodMonth?: number | null }): string {
  if (n.periodQuarter) return `Q${n.periodQuarter}/${n.periodYear}`;
  if (n.periodMonth) return `${String(n.periodMonth).padStart(2, '0')}/${n.periodYear}`;
  return String(n.periodYear);
}

/** The verbs of the review screen, each the move it makes. */
export const NOMINATION_ACTIONS = [
  { action: 'submit', to: 'SUBMITTED' },
  { action: 'receive', to: 'RECEIVED' },
  { action: 'return', to: 'RETURNED' },
  { action: 'withdraw', to: 'WITHDRAWN' },
  { action: 'forward', to: 'FORWARDED' },
] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number]['action'];

/** What a verb needs: receiving and returning are review steps (reviewers too); the others write. */
export const actionNeeds = (action: NominationAction): 'review' | 'edit' => (action === 'receive' || action === 'return' ? 'review' : 'edit');

/** The verbs allowed from a status (NOMINATION_TRANSITIONS), in the order of the screen. */
export function allowedActions(status: string): NominationAction[] {
  if (!isNominationStatus(status)) return [];
  const next: readonly string[] = NOMINATION_TRANSITIONS[status];
  return NOMINATION_ACTIONS.filter(({ to }) => next.includes(to)).map(({ action }) => action);
}

/** The verbs that ask why (the reason is kept in the history). */
export const needsReason = (action: NominationAction) => action === 'return' || action === 'withdraw';

/** The form and attachments may be changed only before the council has the nomination (or after it was returned). */
export const isEditable = (status: string) => status === 'DRAFT' || status === 'RETURNED';

/** What a refusal says beyond its sentence: the missing fields, the windows, the quota's count. */
export interface RefusalDetails {
  code: string | null;
  missing: string[];
  windows: { from: string; to: string }[];
  date: string | null;
  count: number | null;
  value: number | null;
}

function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  const apollo = (error as { body?: unknown })?.body ?? error;
  return (apollo as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors ?? [];
}

export function refusalDetails(error: unknown): RefusalDetails {
  const extensions = (graphQLErrors(error).find((e) => typeof e.extensions?.code === 'string')?.extensions ?? {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const windows = Array.isArray(extensions.windows)
    ? (extensions.windows as unknown[]).filter((w): w is { from: string; to: string } => !!w && typeof (w as { from?: unknown }).from === 'string' && typeof (w as { to?: unknown }).to === 'string')
    : [];
  return {
    code: typeof extensions.code === 'string' ? extensions.code : null,
    missing: strings(extensions.missing),
    windows: windows.map(({ from, to }) => ({ from, to })),
    date: typeof extensions.date === 'string' ? extensions.date : null,
    count: typeof extensions.count === 'number' ? extensions.count : null,
    value: typeof extensions.value === 'number' ? extensions.value : null,
  };
}

/** The windows nearest to a day: the one it is in or the next one, else the last one before it. */
export function nearestWindows(windows: readonly { from: string; to: string }[], day: string | null): { from: string; to: string }[] {
  if (!windows.length) return [];
  const sorted = [...windows].sort((a, b) => a.from.localeCompare(b.from));
  if (!day) return sorted.slice(0, 2);
  const next = sorted.find((w) => w.to >= day);
  const previous = [...sorted].reverse().find((w) => w.to < day);
  return [previous, next].filter((w): w is { from: string; to: string } => w !== undefined);
}
