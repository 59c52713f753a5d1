import type { RaRecord } from 'react-admin';

/** An Exemplar record (RESOURCE_FIELDS.Exemplar). */
export interface ExemplarRecord extends RaRecord {
  id: string;
  subjectKind: string | null;
  subjectId: string | null;
  modelName: string | null;
  description: string | null;
  planId: string | null;
  fields: string[];
  discoveredVia: string;
  discoveredOn: string | null;
  organizationInChargeId: string | null;
  unitId: string | null;
  stage: string;
  /** The model's name, or the subject's (the server's). */
  displayName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  transitions?: { id: string; fromStage: string | null; toStage: string; reason: string; author: string; source: string | null; createdAt: string }[];
}
