import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { buildSubgraph } from './federation';
import { achievementResolvers } from '../modules/achievement/achievement.resources';
import { administrativeUnitResolvers } from '../modules/administrative-unit/administrative-unit.resolver';
import { criteriaResolvers } from '../modules/criteria/criteria-set.resolver';
import { EligibilityResolver, EligibilityResultResolver } from '../modules/eligibility/eligibility.resolver';
import { organizationResolvers } from '../modules/organization/organization.resolver';
import { planResolvers } from '../modules/plan/plan.resolver';
import { exemplarResolvers } from '../modules/exemplar/exemplar.resolver';
import { nominationResolvers } from '../modules/nomination/nomination.resolver';
import { councilResolvers } from '../modules/council/council.resolver';
import { decisionResolvers } from '../modules/decision/decision.resolver';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { identityAdminResolvers } from '../modules/identity/identity.admin';
import { auditResolvers } from '../modules/audit/audit';
import { AnalyticsResolver } from '../modules/analytics/analytics';
import { VocabularyResolver } from '../modules/vocabulary/vocabulary.resolver';

let schema: Promise<GraphQLSchema> | undefined;
let subgraph: Promise<GraphQLSchema> | undefined;

/** The whole GraphQL schema, as a federation subgraph (federation.ts); built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  subgraph ??= buildBaseSchema().then(buildSubgraph);
  return subgraph;
}

/** The type-graphql schema before federation (type-graphql keeps global metadata: built once). */
export function buildBaseSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [...administrativeUnitResolvers, ...organizationResolvers, VocabularyResolver, ...achievementResolvers, ...criteriaResolvers, EligibilityResolver, EligibilityResultResolver, ...planResolvers, ...exemplarResolvers, ...nominationResolvers, ...councilResolvers, ...decisionResolvers, IdentityResolver, ...identityAdminResolvers, ...auditResolvers, AnalyticsResolver] as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}
