/** The GraphQL types the console reads and writes (introspection is limited to these). */
export const RESOURCES = [
  'AdministrativeUnit',
  'Organization',
  // The catalogue.
  'AwardType',
  'AwardAuthorityRule',
  'ActivityField',
  // The criteria sets (the Law's, the seed plans', the users') and their criteria.
  'CriteriaSet',
  'Criterion',
  // The achievement record.
  'Person',
  'Household',
  'HouseholdMember',
  'Position',
  'AwardRecord',
  'Initiative',
  'InitiativeAuthor',
  'AnnualRating',
  'Discipline',
  'CulturalTitle',
  'SubjectFlag',
  'YearlyMetric',
  'Attestation',
  // Plans (kế hoạch); their parts are written by the plan editor's own mutations.
  'Plan',
  // Exemplars on their way through the stages, and the nominations sent for a plan's quotas.
  'Exemplar',
  'Nomination',
  // Councils (hội đồng thi đua – khen thưởng) with their members and sessions, and the award decisions.
  'Council',
  'CouncilMember',
  'CouncilSession',
  'AwardDecision',
  // The audit trail (read only): a record's history tab and the audit log.
  'AuditEntry',
  // Users and API keys with their grants (national administrators).
  'AppUser',
  'ApiKey',
] as const;
