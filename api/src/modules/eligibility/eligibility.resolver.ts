import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { EligibilityService, explanation } from './eligibility.service';
import { AwardSuggestion, EligibilityResult, ExplanationLine, PeriodInput, SubjectInput } from './eligibility.type';

@Resolver()
export class EligibilityResolver {
  @Query(() => EligibilityResult, { description: 'Evaluates a stored criteria set (by code) or an inline one (JSON form) for one subject.' })
  async evaluateEligibility(
    @Ctx() ctx: RequestContext,
    @Arg('subject', () => SubjectInput) subject: SubjectInput,
    @Arg('criteriaSetCode', () => String, { nullable: true }) criteriaSetCode?: string | null,
    @Arg('criteriaSet', () => GraphQLJSON, { nullable: true, description: 'An unsaved set, for previews.' }) criteriaSet?: unknown,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true, description: 'Default: today.' }) asOf?: string | null,
    @Arg('planPeriod', () => PeriodInput, { nullable: true }) planPeriod?: PeriodInput | null,
    @Arg('parameters', () => GraphQLJSON, { nullable: true, description: "Values of the set's named parameters." }) parameters?: Record<string, unknown> | null,
  ): Promise<EligibilityResult> {
    const [result] = await new EligibilityService(ctx).evaluate([subject], { code: criteriaSetCode, definition: criteriaSet }, { asOf, planPeriod, parameters });
    return result;
  }

  @Query(() => [EligibilityResult], { description: 'Many subjects in one call: one statement per fact source, whatever their number (at most 1,000).' })
  evaluateEligibilityBatch(
    @Ctx() ctx: RequestContext,
    @Arg('subjects', () => [SubjectInput]) subjects: SubjectInput[],
    @Arg('criteriaSetCode', () => String) criteriaSetCode: string,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string | null,
    @Arg('planPeriod', () => PeriodInput, { nullable: true }) planPeriod?: PeriodInput | null,
    @Arg('parameters', () => GraphQLJSON, { nullable: true }) parameters?: Record<string, unknown> | null,
  ): Promise<EligibilityResult[]> {
    return new EligibilityService(ctx).evaluate(subjects, { code: criteriaSetCode }, { asOf, planPeriod, parameters });
  }

  @Query(() => [AwardSuggestion], { description: "Award types whose Law criteria the subject meets, highest rank first." })
  suggestAwards(
    @Ctx() ctx: RequestContext,
    @Arg('subject', () => SubjectInput) subject: SubjectInput,
    @Arg('asOf', () => GraphQLLocalDate, { nullable: true }) asOf?: string | null,
    @Arg('includeUnknown', () => Boolean, { nullable: true, description: 'Also list awards whose verdict is UNKNOWN (pending attestations or data).' }) includeUnknown?: boolean | null,
  ): Promise<AwardSuggestion[]> {
    return new EligibilityService(ctx).suggestAwards(subject, asOf, includeUnknown ?? false);
  }
}

@Resolver(() => EligibilityResult)
export class EligibilityResultResolver {
  @FieldResolver(() => [ExplanationLine], { description: 'The verdict, the role group and every criterion as Vietnamese sentences.' })
  explanationVi(@Root() root: EligibilityResult): ExplanationLine[] {
    return explanation(root, 'vi');
  }

  @FieldResolver(() => [ExplanationLine], { description: 'The same in English.' })
  explanationEn(@Root() root: EligibilityResult): ExplanationLine[] {
    return explanation(root, 'en');
  }
}
