import type { RaRecord } from 'react-admin';
import type { Attachment, Summary } from './summary';

/** A Nomination record (RESOURCE_FIELDS.Nomination). */
export interface NominationRecord extends RaRecord {
  id: string;
  planId: string;
  quotaRuleId: string | null;
  nominatingOrganizationId: string;
  councilOrganizationId: string | null;
  exemplarId: string | null;
  subjectKind: string | null;
  subjectId: string | null;
  periodYear: number;
  periodQuarter: number | null;
  periodMonth: number | null;
  status: string;
  summary: Summary;
  attachments?: Attachment[];
  submittedOn: string | null;
  returnedReason: string | null;
  eligibility?: unknown;
  version: number;
  createdAt: string;
  updatedAt: string;
  transitions?: { id: string; fromStatus: string | null; toStatus: string; reason: string; author: string; createdAt: string }[];
}
