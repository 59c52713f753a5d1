/** Services and contexts, for tests and tools that act without HTTP. */
export { AdministrativeUnitService } from './administrative-unit/administrative-unit.service';
export { OrganizationService } from './organization/organization.service';
export { Loaders, type RequestContext } from '../graphql/context';
export { UNRESTRICTED, type Scope } from '../graphql/list/scope';
export { FactsRepository, subjectKey, type SubjectRef } from './eligibility/facts.repository';
export { PlanService } from './plan/plan.service';
export { ComplianceService } from './nomination/compliance.service';
export { createUserRecord, PRINCIPAL_CACHE_TTL_MS } from './identity/identity.service';
export { IdentityRepository } from './identity/identity.repository';
export { newToken, sha256 } from './identity/password';
