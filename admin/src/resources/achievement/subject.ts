import type { Identifier } from 'react-admin';
import type { SubjectKind } from '@exemplar/shared';

/** Whose facts: a person (CA_NHAN), an organization as a collective (TAP_THE) or a household (HO_GIA_DINH). */
export interface Subject {
  kind: SubjectKind;
  id: Identifier;
}

/** The list filter and the create defaults of a fact of this subject. */
export const subjectFilter = (subject: Subject) => ({ subjectKind: subject.kind, subjectId: String(subject.id) });
