import type { PlanDocument, PlanItemList } from '@exemplar/shared';
import type { RaRecord } from 'react-admin';

/** A part of a plan as the editor reads it (RESOURCE_FIELDS.Plan.one). */
export interface PartRecord {
  id: string;
  key: string;
  position: number;
  version: number;
  data: Record<string, unknown>;
  /** Submission windows: every dated window of the plan period. */
  instances?: { from: string; to: string; label: string }[];
  /** Milestones: the dates the due expression stands for. */
  dueRanges?: { from: string; to: string; label: string }[];
}

/** A Plan record (RESOURCE_FIELDS.Plan). */
export interface PlanRecord extends RaRecord, Partial<Record<PlanItemList, PartRecord[]>> {
  id: string;
  code: string;
  number: string | null;
  numberPattern: string | null;
  title: string;
  status: string;
  issuerOrganizationId: string | null;
  periodFrom: number;
  periodTo: number;
  isReference: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  document?: PlanDocument;
}

/** "153/KH-UBND", "…/KH-UBND" for a blank number, or "—". */
export function planNumber(record: Pick<PlanRecord, 'number' | 'numberPattern'> | undefined): string {
  if (!record) return '';
  if (!record.number && !record.numberPattern) return '—';
  return `${record.number ?? '…'}${record.numberPattern ?? ''}`;
}
