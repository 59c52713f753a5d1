import { COMPLIANCE_STATUSES, type ComplianceStatus } from '@exemplar/shared';

/** One row of quotaCompliance (api/schema.graphql QuotaComplianceRow). */
export interface ComplianceRow {
  quotaRuleId: string;
  quotaKey: string;
  quotaText: string;
  per: string;
  bound: string;
  required: number;
  period: string;
  deadline: string;
  organizationId: string | null;
  organizationName: string | null;
  sector: string | null;
  count: number;
  status: string;
  countedPredecessorIds: string[];
  noteVi: string | null;
  noteEn: string | null;
}

const BOUND_SIGN: Record<string, string> = { MIN: '≥', MAX: '≤', EXACT: '=' };

/** What a quota asks: "≥ 3", "≤ 1", "= 2". */
export function boundLabel(bound: string, required: number): string {
  const sign = BOUND_SIGN[bound];
  return sign ? `${sign} ${required}` : String(required);
}

export type ChipColour = 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'info' | 'error';

/** Late is red, under way amber, met green, over a maximum purple (a refusal the import let in), nothing yet grey. */
export const COMPLIANCE_COLOUR: Record<ComplianceStatus, ChipColour> = {
  NOT_STARTED: 'default',
  PARTIAL: 'warning',
  MET: 'success',
  EXCEEDED: 'secondary',
  OVERDUE: 'error',
};

export function complianceColour(status: string): ChipColour {
  return (COMPLIANCE_STATUSES as readonly string[]).includes(status) ? COMPLIANCE_COLOUR[status as ComplianceStatus] : 'default';
}

/** The note about merged units in the console's language (the other one when it is missing). */
export function rowNote(row: Pick<ComplianceRow, 'noteVi' | 'noteEn'>, locale: string): string | null {
  return (locale === 'en' ? (row.noteEn ?? row.noteVi) : (row.noteVi ?? row.noteEn)) || null;
}

export interface RuleGroup {
  quotaRuleId: string;
  quotaKey: string;
  quotaText: string;
  per: string;
  rows: ComplianceRow[];
  /** Rows by status, for the heading's summary. */
  tally: Partial<Record<string, number>>;
}

/** The report as one table per quota rule (in the order the API gives them), rows by period then name. */
export function groupByRule(rows: readonly ComplianceRow[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const row of rows) {
    let group = groups.get(row.quotaRuleId);
    if (!group) {
      group = { quotaRuleId: row.quotaRuleId, quotaKey: row.quotaKey, quotaText: row.quotaText, per: row.per, rows: [], tally: {} };
      groups.set(row.quotaRuleId, group);
    }
    group.rows.push(row);
    group.tally[row.status] = (group.tally[row.status] ?? 0) + 1;
  }
  for (const group of groups.values()) {
    group.rows.sort((a, b) => a.period.localeCompare(b.period) || (a.organizationName ?? a.sector ?? '').localeCompare(b.organizationName ?? b.sector ?? '', 'vi'));
  }
  return [...groups.values()];
}

/** Rows whose unit or sector matches the typed words (diacritics ignored by the caller's fold). */
export function filterRows(rows: readonly ComplianceRow[], matches: (row: ComplianceRow) => boolean, onlyStatus: string | null): ComplianceRow[] {
  return rows.filter((row) => (!onlyStatus || row.status === onlyStatus) && matches(row));
}

export const COMPLIANCE_PATH = '/compliance';

export interface ComplianceParams {
  planId: string | null;
  year: number | null;
  quarter: number | null;
  asOf: string | null;
}

/** The report's parameters from the address (?planId=…&year=…&quarter=…&asOf=…), so a report can be linked to. */
export function readParams(search: string): ComplianceParams {
  const p = new URLSearchParams(search);
  const int = (name: string) => {
    const v = Number(p.get(name));
    return p.get(name) && Number.isInteger(v) ? v : null;
  };
  const asOf = p.get('asOf');
  return { planId: p.get('planId') || null, year: int('year'), quarter: int('quarter'), asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null };
}

export function complianceSearch(params: ComplianceParams): string {
  const p = new URLSearchParams();
  if (params.planId) p.set('planId', params.planId);
  if (params.year) p.set('year', String(params.year));
  if (params.quarter) p.set('quarter', String(params.quarter));
  if (params.asOf) p.set('asOf', params.asOf);
  return `?${p.toString()}`;
}
