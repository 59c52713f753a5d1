import { EXEMPLAR_STAGES, EXEMPLAR_TRANSITIONS, isExemplarStage, type ExemplarStage } from '@exemplar/shared';

/** The board's columns: the four stages of Chỉ thị 34-CT/TW in order, wrapped by honours. */
export const BOARD_STAGES: readonly ExemplarStage[] = ['CANDIDATE', 'NOMINATED', 'UNDER_REVIEW', 'RECOGNISED', 'NURTURING', 'REVIEWED', 'REPLICATING', 'HONOURED'];

/** Where a model leaves the main way (or ends): shown in a strip under the board. */
export const SIDE_STAGES: readonly ExemplarStage[] = EXEMPLAR_STAGES.filter((stage) => !BOARD_STAGES.includes(stage));

/** The stages a card may go to from its stage (EXEMPLAR_TRANSITIONS); an unknown stage goes nowhere. */
export function allowedMoves(from: string): readonly ExemplarStage[] {
  return isExemplarStage(from) ? EXEMPLAR_TRANSITIONS[from] : [];
}

export type MoveCheck = 'SAME' | 'ALLOWED' | 'REFUSED';

/** What dropping a card of stage `from` on column `to` means: nothing, a move to confirm, or a refusal. */
export function checkMove(from: string, to: string): MoveCheck {
  if (from === to) return 'SAME';
  return (allowedMoves(from) as readonly string[]).includes(to) ? 'ALLOWED' : 'REFUSED';
}

/** Cards by stage, in the order given, every stage present (empty columns too). */
export function groupByStage<T extends { stage: string }>(records: readonly T[]): Record<ExemplarStage, T[]> {
  const columns = Object.fromEntries(EXEMPLAR_STAGES.map((stage) => [stage, [] as T[]])) as Record<ExemplarStage, T[]>;
  for (const record of records) if (isExemplarStage(record.stage)) columns[record.stage].push(record);
  return columns;
}

/** How an exemplar was discovered (the API's list). */
export const DISCOVERED_VIA = ['EMULATION_MOVEMENT', 'PRESS_REPORT', 'INSPECTION', 'UNIT_PROPOSAL', 'OTHER'] as const;

/** What the create form asks first: a named model on its own, or a person, a collective or a household. */
export const EXEMPLAR_KINDS = ['MODEL', 'CA_NHAN', 'TAP_THE', 'HO_GIA_DINH'] as const;
export type ExemplarKind = (typeof EXEMPLAR_KINDS)[number];

/** The reference resource of a subject kind. */
export const SUBJECT_RESOURCE: Record<Exclude<ExemplarKind, 'MODEL'>, string> = { CA_NHAN: 'Person', TAP_THE: 'Organization', HO_GIA_DINH: 'Household' };

export interface ExemplarFormValues {
  kind?: ExemplarKind;
  subjectId?: string | null;
  modelName?: string | null;
  description?: string | null;
  planId?: string | null;
  fields?: string[] | null;
  discoveredVia?: string | null;
  discoveredOn?: string | null;
  organizationInChargeId?: string | null;
  unitId?: string | null;
  author?: string | null;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const id = (value: unknown): string | undefined => (value === null || value === undefined || value === '' ? undefined : String(value));

/**
 * createExemplar's arguments from the form: a subject (kind and id) unless the exemplar is a named model
 * on its own; a model name kept for a subject too (a person's "way of working"); blanks left out.
 */
export function exemplarCreateInput(values: ExemplarFormValues): Record<string, unknown> {
  const kind = values.kind ?? 'MODEL';
  const input: Record<string, unknown> = {
    modelName: text(values.modelName),
    description: text(values.description),
    planId: id(values.planId),
    fields: (values.fields ?? []).filter(Boolean),
    discoveredVia: values.discoveredVia || 'OTHER',
    discoveredOn: text(values.discoveredOn),
    organizationInChargeId: id(values.organizationInChargeId),
    unitId: id(values.unitId),
    author: text(values.author),
  };
  if (kind !== 'MODEL') {
    input.subjectKind = kind;
    input.subjectId = id(values.subjectId);
  }
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** The form is complete enough to send: a named model needs its name, a subject its record. */
export function exemplarFormProblem(values: ExemplarFormValues): 'modelName' | 'subjectId' | null {
  const kind = values.kind ?? 'MODEL';
  if (kind === 'MODEL') return text(values.modelName) ? null : 'modelName';
  return id(values.subjectId) ? null : 'subjectId';
}

export interface NamedExemplar {
  id: string;
  displayName?: string | null;
  modelName?: string | null;
}

/** An exemplar's name as the server gives it (`displayName`: the model's, else its subject's), else "Exemplar #id". */
export function exemplarName(record: NamedExemplar | undefined, untitled: (id: string) => string): string {
  if (!record) return '';
  return record.displayName?.trim() || record.modelName?.trim() || untitled(record.id);
}
