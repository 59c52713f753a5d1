import type { GraphQLFormattedError } from 'graphql';

/**
 * An award decision as the console writes it (issueDecision), pure: the achievement key it suggests,
 * the input built from the form, and where the server's refusal belongs (the item it names).
 */

/** "SEED-001-BA-BE:2023": the plan and the year rewarded (one reward per achievement and subject). */
export function suggestAchievementKey(planCode: string | null | undefined, year: number | string | null | undefined): string {
  const code = planCode?.trim();
  const y = year === null || year === undefined || year === '' ? '' : String(year).trim();
  if (code && y) return `${code}:${y}`;
  return code || y;
}

export type ItemSource = 'NOMINATION' | 'EXEMPLAR';

export interface DecisionItemValues {
  source?: ItemSource | null;
  nominationId?: string | number | null;
  exemplarId?: string | number | null;
  achievementKey?: string | null;
}

export interface DecisionFormValues {
  number?: string | null;
  decidedOn?: string | null;
  signerTitle?: string | null;
  signerName?: string | null;
  issuingOrganizationId?: string | number | null;
  awardTypeCode?: string | null;
  planId?: string | number | null;
  occasion?: string | null;
  author?: string | null;
  items?: (DecisionItemValues | null)[] | null;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const id = (value: unknown): string | undefined => (value === null || value === undefined || value === '' ? undefined : String(value));

/** One item as the API takes it: the nomination or the exemplar it rewards (never both), and the achievement. */
export function decisionItemInput(item: DecisionItemValues): Record<string, string> {
  const source = item.source ?? (item.exemplarId && !item.nominationId ? 'EXEMPLAR' : 'NOMINATION');
  const ref = source === 'EXEMPLAR' ? { exemplarId: id(item.exemplarId) } : { nominationId: id(item.nominationId) };
  return Object.fromEntries(Object.entries({ ...ref, achievementKey: text(item.achievementKey) ?? '' }).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

/** issueDecision's arguments from the form: texts trimmed, blanks left out, every item kept in order (errors name them by index). */
export function decisionInput(values: DecisionFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    number: text(values.number),
    decidedOn: text(values.decidedOn),
    signerTitle: text(values.signerTitle),
    signerName: text(values.signerName),
    issuingOrganizationId: id(values.issuingOrganizationId),
    awardTypeCode: text(values.awardTypeCode),
    planId: id(values.planId),
    occasion: text(values.occasion),
    author: text(values.author),
    items: (values.items ?? []).filter((item): item is DecisionItemValues => item !== null).map(decisionItemInput),
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** Items that name nothing to reward, or no achievement (what the form refuses before sending), by index. */
export function incompleteItems(items: readonly (DecisionItemValues | null)[] | null | undefined): number[] {
  return (items ?? []).flatMap((item, index) => {
    if (!item) return [index];
    const input = decisionItemInput(item);
    return (input.nominationId || input.exemplarId) && input.achievementKey ? [] : [index];
  });
}

export interface FieldPlace {
  /** The item's index when the server names one (`items[2].achievementKey`). */
  index: number | null;
  /** The field: `achievementKey`, `nominationId`, or a top-level one (`awardTypeCode`). */
  field: string | null;
}

/** Where a server error belongs, from its `extensions.field`. */
export function placeOfField(field: string | null | undefined): FieldPlace {
  if (!field) return { index: null, field: null };
  const match = /^items\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (match) return { index: Number(match[1]), field: match[2] ?? null };
  return { index: null, field };
}

/** The `extensions.field` of the first error that has one. */
export function errorField(error: unknown): string | null {
  const apollo = (error as { body?: unknown })?.body ?? error;
  const errors = (apollo as { graphQLErrors?: readonly GraphQLFormattedError[] })?.graphQLErrors ?? [];
  const field = errors.find((e) => typeof e.extensions?.field === 'string')?.extensions?.field;
  return typeof field === 'string' ? field : null;
}
