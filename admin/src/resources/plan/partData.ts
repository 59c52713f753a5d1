import type { DueExpression, PlanItemList, WindowRule } from '@exemplar/shared';

/**
 * The small forms of the plan editor edit a few common fields of a part; the part sent back is the
 * whole part in the exchange format: what the form edits, over everything it does not (selectors,
 * attachments, provenance…), so nothing the form cannot show is lost on save.
 */
export type PartData = Record<string, unknown>;
export type FormValues = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v).trim());
const optional = (v: unknown): string | undefined => text(v) || undefined;
const nullable = (v: unknown): string | null => text(v) || null;
const int = (v: unknown): number | undefined => {
  if (v === '' || v == null) return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isFinite(n) ? n : undefined;
};
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter(Boolean) : []);
/** One entry per non-blank line ("duties", "with"). */
export const lines = (v: unknown): string[] =>
  text(v)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
/** Comma- or line-separated words ("role groups"). */
const words = (v: unknown): string[] =>
  text(v)
    .split(/[,\n]/)
    .map((w) => w.trim())
    .filter(Boolean);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** `base` with `changes` over it; a change to `undefined` removes the field (an optional field cleared). */
export function mergePart(base: PartData, changes: PartData): PartData {
  const merged: PartData = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Windows and due expressions
// ---------------------------------------------------------------------------------------------

function dayTo(v: unknown): number | 'LAST' {
  return text(v).toUpperCase() === 'LAST' || text(v) === '' ? 'LAST' : (int(v) ?? 'LAST');
}

export function windowRuleFromValues(values: FormValues): WindowRule {
  const days = { from: int(values.dayFrom) ?? 1, to: dayTo(values.dayTo) };
  switch (values.every) {
    case 'YEAR':
      return { every: 'YEAR', month: int(values.month) ?? 12, days };
    case 'MONTH':
      return { every: 'MONTH', days };
    case 'FIXED':
      return { every: 'FIXED', from: text(values.fixedFrom), to: text(values.fixedTo) };
    default: {
      const month = text(values.month).toUpperCase() === 'LAST' || !values.month ? 'LAST' : ((int(values.month) ?? 3) as 1 | 2 | 3);
      return { every: 'QUARTER', month, days };
    }
  }
}

export function windowRuleValues(rule: WindowRule | undefined): FormValues {
  if (!rule) return { every: 'QUARTER', month: 'LAST', dayFrom: 1, dayTo: 'LAST' };
  if (rule.every === 'FIXED') return { every: 'FIXED', fixedFrom: rule.from, fixedTo: rule.to };
  return {
    every: rule.every,
    month: rule.every === 'MONTH' ? '' : String(rule.month),
    dayFrom: rule.days.from,
    dayTo: String(rule.days.to),
  };
}

export function dueFromValues(values: FormValues): DueExpression {
  const year = int(values.dueYear) ?? new Date().getFullYear();
  switch (values.dueKind) {
    case 'DATE':
      return { kind: 'DATE', date: text(values.dueDate) };
    case 'MONTH':
      return { kind: 'MONTH', year, month: int(values.dueMonth) ?? 1 };
    case 'QUARTER': {
      const part = optional(values.duePart) as 'EARLY' | 'MID' | 'LATE' | undefined;
      return { kind: 'QUARTER', year, quarter: (int(values.dueQuarter) ?? 1) as 1 | 2 | 3 | 4, ...(part ? { part } : {}) };
    }
    case 'HALF':
      return { kind: 'HALF', year, half: int(values.dueHalf) === 2 ? 2 : 1 };
    case 'RECURRING':
      return { kind: 'RECURRING', every: (optional(values.dueEvery) ?? 'YEAR') as 'YEAR' | 'QUARTER' | 'MONTH' | 'PERIODIC' };
    default:
      return { kind: 'YEAR', year };
  }
}

export function dueValues(due: DueExpression | undefined): FormValues {
  if (!due) return { dueKind: 'YEAR', dueYear: new Date().getFullYear() };
  switch (due.kind) {
    case 'DATE':
      return { dueKind: 'DATE', dueDate: due.date };
    case 'MONTH':
      return { dueKind: 'MONTH', dueYear: due.year, dueMonth: String(due.month) };
    case 'QUARTER':
      return { dueKind: 'QUARTER', dueYear: due.year, dueQuarter: String(due.quarter), duePart: due.part ?? '' };
    case 'HALF':
      return { dueKind: 'HALF', dueYear: due.year, dueHalf: String(due.half) };
    case 'YEAR':
      return { dueKind: 'YEAR', dueYear: due.year };
    case 'RECURRING':
      return { dueKind: 'RECURRING', dueEvery: due.every };
  }
}

// ---------------------------------------------------------------------------------------------
// Per list: the part as form values, and form values back into the part
// ---------------------------------------------------------------------------------------------

interface PartCodec {
  toValues(data: PartData): FormValues;
  /** The fields the form edits (merged over the part's other fields by `partFromValues`). */
  fromValues(values: FormValues): PartData;
}

const textItem: PartCodec = {
  toValues: (d) => ({ label: d.label ?? '', text: d.text ?? '' }),
  fromValues: (v) => ({ label: optional(v.label), text: text(v.text) }),
};

const link: PartCodec = {
  toValues: (d) => {
    const document = obj(d.document);
    return {
      relation: d.relation ?? 'BASED_ON',
      kind: d.kind ?? 'EXTERNAL',
      planCode: d.planCode ?? '',
      documentType: document.documentType ?? 'KHAC',
      documentNumber: document.number ?? '',
      documentTitle: document.title ?? '',
      issuerText: obj(document.issuer).text ?? '',
      text: d.text ?? '',
    };
  },
  fromValues: (v) => {
    const common = { relation: text(v.relation) || 'BASED_ON', kind: text(v.kind) || 'EXTERNAL', text: optional(v.text) };
    if (common.kind === 'INTERNAL') return { ...common, planCode: text(v.planCode), document: undefined };
    return { ...common, planCode: undefined, documentFields: true };
  },
};

const CODECS: Record<PlanItemList, PartCodec> = {
  parentPlans: link,
  legalBases: link,
  objectives: textItem,
  requirements: textItem,
  contentItems: {
    toValues: (d) => ({
      label: d.label ?? '',
      section: d.section ?? '',
      text: d.text ?? '',
      stages: d.stages ?? [],
      responsibleText: d.responsibleText ?? '',
      timingText: d.timingText ?? '',
      frequency: d.frequency ?? '',
    }),
    fromValues: (v) => ({
      label: optional(v.label),
      section: optional(v.section),
      text: text(v.text),
      stages: strings(v.stages),
      responsibleText: optional(v.responsibleText),
      timingText: optional(v.timingText),
      frequency: optional(v.frequency),
    }),
  },
  subjects: {
    toValues: (d) => ({ kinds: d.kinds ?? [], description: d.description ?? '' }),
    fromValues: (v) => ({ kinds: strings(v.kinds), description: text(v.description) }),
  },
  criteriaSets: {
    toValues: (d) => ({
      code: d.code ?? '',
      scope: d.scope ?? 'GENERAL',
      subjectKinds: d.subjectKinds ?? [],
      field: d.field ?? '',
      roleGroups: ((d.roleGroups as string[] | undefined) ?? []).join(', '),
      note: d.note ?? '',
    }),
    fromValues: (v) => {
      const subjectKinds = strings(v.subjectKinds);
      const roleGroups = words(v.roleGroups);
      return {
        code: text(v.code),
        scope: text(v.scope) || 'GENERAL',
        subjectKinds: subjectKinds.length ? subjectKinds : undefined,
        field: optional(v.field),
        roleGroups: roleGroups.length ? roleGroups : undefined,
        note: optional(v.note),
      };
    },
  },
  quotaRules: {
    toValues: (d) => {
      const count = obj(d.count);
      const receiver = obj(d.receiver);
      return {
        text: d.text ?? '',
        nominatorsDescription: obj(d.nominators).description ?? '',
        per: d.per ?? 'UNIT',
        bound: count.bound ?? 'MIN',
        value: count.value ?? 1,
        every: d.every ?? 'YEAR',
        subjectKinds: d.subjectKinds ?? [],
        item: d.item ?? '',
        receiverText: receiver.text ?? '',
        receiverOrganization: receiver.organization ?? '',
        windowKeys: d.windowKeys ?? [],
        purpose: d.purpose ?? '',
        note: d.note ?? '',
      };
    },
    fromValues: (v) => {
      const windowKeys = strings(v.windowKeys);
      return {
        text: text(v.text),
        nominatorsDescription: text(v.nominatorsDescription),
        per: text(v.per) || 'UNIT',
        count: { bound: text(v.bound) || 'MIN', value: int(v.value) ?? 0 },
        every: text(v.every) || 'YEAR',
        subjectKinds: strings(v.subjectKinds),
        item: optional(v.item),
        receiver: { text: text(v.receiverText), organization: nullable(v.receiverOrganization) },
        windowKeys: windowKeys.length ? windowKeys : undefined,
        purpose: optional(v.purpose),
        note: optional(v.note),
      };
    },
  },
  submissionWindows: {
    toValues: (d) => ({ text: d.text ?? '', ...windowRuleValues(d.rule as WindowRule | undefined) }),
    fromValues: (v) => ({ text: text(v.text), rule: windowRuleFromValues(v) }),
  },
  milestones: {
    toValues: (d) => {
      const actor = obj(d.actor);
      return {
        kind: d.kind ?? 'REPORT',
        text: d.text ?? '',
        actorText: actor.text ?? '',
        actorOrganization: actor.organization ?? '',
        ...dueValues(d.due as DueExpression | undefined),
        dueText: d.dueText ?? '',
        stages: d.stages ?? [],
        note: d.note ?? '',
      };
    },
    fromValues: (v) => {
      const stages = strings(v.stages);
      return {
        kind: text(v.kind) || 'REPORT',
        text: text(v.text),
        actor: { text: text(v.actorText), organization: nullable(v.actorOrganization) },
        due: dueFromValues(v),
        dueText: optional(v.dueText),
        stages: stages.length ? stages : undefined,
        note: optional(v.note),
      };
    },
  },
  responsibilities: {
    toValues: (d) => {
      const lead = obj(d.lead);
      return {
        leadText: lead.text ?? '',
        leadOrganization: lead.organization ?? '',
        withTexts: ((d.with as { text: string }[] | undefined) ?? []).map((w) => w.text).join('\n'),
        duties: ((d.duties as string[] | undefined) ?? []).join('\n'),
        frequency: d.frequency ?? '',
        frequencyText: d.frequencyText ?? '',
        standing: d.standing ?? false,
      };
    },
    fromValues: (v) => ({
      lead: { text: text(v.leadText), organization: nullable(v.leadOrganization) },
      withTexts: lines(v.withTexts),
      duties: lines(v.duties),
      frequency: optional(v.frequency),
      frequencyText: optional(v.frequencyText),
      standing: v.standing ? true : undefined,
    }),
  },
  kpis: {
    toValues: (d) => ({ text: d.text ?? '', indicator: d.indicator ?? '', target: d.target ?? 100, unit: d.unit ?? 'PERCENT' }),
    fromValues: (v) => ({ text: text(v.text), indicator: text(v.indicator), target: int(v.target) ?? 0, unit: text(v.unit) || 'PERCENT' }),
  },
  recipients: {
    toValues: (d) => ({ line: d.line ?? '', organization: d.organization ?? '', delivery: d.delivery ?? 'UNSPECIFIED', purpose: d.purpose ?? 'IMPLEMENT' }),
    fromValues: (v) => ({
      line: text(v.line),
      organization: nullable(v.organization),
      delivery: text(v.delivery) || 'UNSPECIFIED',
      purpose: text(v.purpose) || 'IMPLEMENT',
    }),
  },
};

/** The form's starting values for a part (a new part starts from `{}`). */
export function partValues(list: PlanItemList, data: PartData = {}): FormValues {
  return CODECS[list].toValues(data);
}

/**
 * The part to send: the edited fields over the original part (its key and every field the form does
 * not show are kept). Fields that need the original to be rebuilt (a selector's description, an
 * external document, the "with" actors) are folded in here.
 */
export function partFromValues(list: PlanItemList, values: FormValues, original: PartData = {}): PartData {
  const edited = CODECS[list].fromValues(values);
  const { nominatorsDescription, withTexts, documentFields, ...changes } = edited;
  if (nominatorsDescription !== undefined) {
    const description = text(nominatorsDescription);
    changes.nominators = mergePart(obj(original.nominators), { description: description || undefined });
  }
  if (withTexts !== undefined) {
    const before = new Map(((original.with as { text: string; organization: string | null }[] | undefined) ?? []).map((w) => [w.text, w]));
    changes.with = (withTexts as string[]).map((t) => before.get(t) ?? { text: t, organization: null });
  }
  if (documentFields) {
    const document = obj(original.document);
    const issuer = obj(document.issuer);
    changes.document = {
      ...document,
      documentType: text(values.documentType) || 'KHAC',
      number: nullable(values.documentNumber),
      date: document.date ?? null,
      issuer: { text: text(values.issuerText), organization: (issuer.organization as string | null | undefined) ?? null },
      title: nullable(values.documentTitle),
    };
  }
  return mergePart(original, changes);
}
