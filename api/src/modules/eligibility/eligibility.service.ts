import {
  CriteriaValidationError,
  explainResult,
  FLAG_CODE_LABELS,
  METRIC_CODE_LABELS,
  ORGANIZATION_KINDS,
  prepareCriteriaSet,
  ROLE_LABELS,
  SUBJECT_KINDS,
  type CriteriaSet as CriteriaSetDefinition,
  type CriteriaSetResult,
  type EvaluationOptions,
  type ExplainLabels,
  type LabelledCode,
  type SubjectFacts,
  type SubjectKind,
} from '@exemplar/shared';
import { memoize, type RequestContext } from '../../graphql/context';
import { AppError, notFound } from '../../graphql/errors';
import { parseDate, parseId, todayIso } from '../../graphql/input';
import { CriteriaSetRepository } from '../criteria/criteria-set.repository';
import { validateDefinition } from '../criteria/criteria-set.service';
import type { CriteriaSet } from '../criteria/criteria-set.type';
import type { AwardSuggestion, EligibilityResult, PeriodInput, SubjectInput } from './eligibility.type';
import { FactsRepository, subjectKey, type SubjectRef } from './facts.repository';

export const MAX_SUBJECTS_PER_CALL = 1_000;

const byCode = (list: readonly LabelledCode[]) => Object.fromEntries(list.map((l) => [l.code, { vi: l.vi, en: l.en }]));
const STATIC_LABELS: ExplainLabels = {
  roles: byCode(ROLE_LABELS),
  organizationKinds: byCode(ORGANIZATION_KINDS),
  metrics: byCode(METRIC_CODE_LABELS),
  flags: byCode(FLAG_CODE_LABELS),
};

/** Stored definitions were validated when written; parse each (id, version) once per process. */
const parsedDefinitions = new Map<string, CriteriaSetDefinition>();

function definitionOf(set: CriteriaSet): CriteriaSetDefinition {
  const key = `${set.id}:${set.version}`;
  let definition = parsedDefinitions.get(key);
  if (!definition) {
    definition = validateDefinition(set.definition);
    if (parsedDefinitions.size > 500) parsedDefinitions.clear();
    parsedDefinitions.set(key, definition);
  }
  return definition;
}

function subjectRef(input: SubjectInput, field: string): SubjectRef {
  if (!(SUBJECT_KINDS as readonly string[]).includes(input.kind)) {
    throw new AppError('INVALID_VALUE', { field: `${field}.kind`, value: String(input.kind).slice(0, 20) }, `${field}.kind`);
  }
  return { kind: input.kind as SubjectKind, id: parseId(input.id, `${field}.id`) };
}

export interface EvaluateOptions {
  asOf?: string | null;
  planPeriod?: PeriodInput | null;
  parameters?: Record<string, unknown> | null;
}

/**
 * Evaluates criteria sets for subjects: the facts of every subject come in one statement per fact
 * source, the set is compiled once for the date, and each result carries its trace and explanation.
 */
export class EligibilityService {
  constructor(private readonly ctx: RequestContext) {}

  async evaluate(subjects: readonly SubjectInput[], source: { code?: string | null; definition?: unknown }, options: EvaluateOptions): Promise<EligibilityResult[]> {
    if (subjects.length > MAX_SUBJECTS_PER_CALL) {
      throw new AppError('PAGE_SIZE_TOO_LARGE', { max: MAX_SUBJECTS_PER_CALL, requested: subjects.length }, 'subjects');
    }
    const refs = subjects.map((s, i) => subjectRef(s, `subjects[${i}]`));
    const definition = await this.definition(source);
    const evaluation = this.options(options);
    const prepared = this.prepare(definition, evaluation);
    const [facts, labels] = await Promise.all([new FactsRepository(this.ctx.db).load(refs, evaluation.asOf), this.labels()]);
    return refs.map((ref) => {
      const subjectFacts = facts.get(subjectKey(ref));
      if (!subjectFacts) throw notFound(ref.kind, ref.id);
      return this.result(prepared.evaluate(subjectFacts), subjectFacts, labels);
    });
  }

  /** Award types whose Law criteria the subject meets on `asOf`, highest rank first. */
  async suggestAwards(subject: SubjectInput, asOfInput: string | null | undefined, includeUnknown: boolean): Promise<AwardSuggestion[]> {
    const ref = subjectRef(subject, 'subject');
    const evaluation = this.options({ asOf: asOfInput });
    const [sets, facts, labels] = await Promise.all([
      new CriteriaSetRepository(this.ctx.db).findAwardSets(),
      new FactsRepository(this.ctx.db).load([ref], evaluation.asOf),
      this.labels(),
    ]);
    const subjectFacts = facts.get(subjectKey(ref));
    if (!subjectFacts) throw notFound(ref.kind, ref.id);
    const suggestions: AwardSuggestion[] = [];
    for (const set of sets) {
      const result = this.prepare(definitionOf(set), evaluation).evaluate(subjectFacts);
      if (!result.applicable) continue;
      if (result.verdict === 'PASS' || (includeUnknown && result.verdict === 'UNKNOWN')) {
        const type = labels.awardTypes?.[set.awardTypeCode!];
        suggestions.push({
          awardType: { code: set.awardTypeCode!, nameVi: type?.vi ?? set.awardTypeCode!, nameEn: type?.en ?? set.awardTypeCode!, rank: set.rank },
          verdict: result.verdict,
          eligibility: this.result(result, subjectFacts, labels),
        });
      }
    }
    return suggestions;
  }

  private async definition(source: { code?: string | null; definition?: unknown }): Promise<CriteriaSetDefinition> {
    if (source.definition != null) return validateDefinition(source.definition);
    if (!source.code) throw new AppError('REQUIRED', { field: 'criteriaSetCode' }, 'criteriaSetCode');
    const [set] = await new CriteriaSetRepository(this.ctx.db).findByCodes([source.code]);
    if (!set) throw notFound('CriteriaSet', source.code);
    return definitionOf(set);
  }

  private options(options: EvaluateOptions): EvaluationOptions {
    const asOf = parseDate(options.asOf, 'asOf') ?? todayIso();
    const evaluation: EvaluationOptions = { asOf };
    if (options.planPeriod) evaluation.planPeriod = { from: options.planPeriod.from, to: options.planPeriod.to };
    if (options.parameters) evaluation.parameters = options.parameters as EvaluationOptions['parameters'];
    return evaluation;
  }

  private prepare(definition: CriteriaSetDefinition, options: EvaluationOptions) {
    try {
      return prepareCriteriaSet(definition, options);
    } catch (error) {
      if (error instanceof CriteriaValidationError) {
        throw new AppError('INVALID_CRITERIA', { detail: error.issues.map((i) => i.path || '(root)').join(', ') }, 'parameters', {
          issues: error.issues,
        });
      }
      throw error;
    }
  }

  /** Names for explanations: award types from the catalogue (one statement per request), the rest from shared. */
  private labels(): Promise<ExplainLabels> {
    return memoize(this.ctx, 'eligibility:labels', async () => {
      const rows = await this.ctx.db.query<{ code: string; vi: string; en: string }>(`SELECT code, name_vi AS vi, name_en AS en FROM award_type`);
      return {
        awardTypes: Object.fromEntries(rows.map((r) => [r.code, { vi: r.vi, en: r.en }])),
        ...STATIC_LABELS,
      };
    });
  }

  private result(result: CriteriaSetResult, facts: SubjectFacts, labels: ExplainLabels): EligibilityResult {
    return {
      subjectKind: result.subjectKind,
      subjectId: result.subjectId,
      subjectName: facts.subject.name,
      criteriaSetCode: result.setCode,
      asOf: result.asOf,
      verdict: result.verdict,
      applicable: result.applicable,
      roleGroup: result.role?.group ?? null,
      result,
      labels,
    };
  }
}

/** Explanation lines are rendered only when a client selects them (a batch rarely does). */
export function explanation(root: EligibilityResult, lang: 'vi' | 'en') {
  return explainResult(root.result as CriteriaSetResult, { lang, labels: root.labels });
}
