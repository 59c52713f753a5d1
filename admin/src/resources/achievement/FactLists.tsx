import type { ReactNode } from 'react';
import { BooleanField, Datagrid, DeleteButton, Pagination, ReferenceField, ReferenceManyField, TextField, useListContext } from 'react-admin';
import { AwardTypeField } from '../../fields/CatalogueFields';
import { CodeField } from '../../fields/CodeField';
import { LocalDateField } from '../../fields/LocalDateField';
import { VerdictField } from '../../eligibility/VerdictChip';
import { NumberValueField } from '../../fields/NumberValueField';
import { EmptyNote } from '../../layout/Section';
import { subjectFilter, type Subject } from './subject';

const PER_PAGE = 25;

/** Paging only when there is more than a page: a subject has a handful of facts of each kind. */
function PaginationIfMany() {
  const { total } = useListContext();
  return (total ?? 0) > PER_PAGE ? <Pagination rowsPerPageOptions={[PER_PAGE, 50, 100]} /> : null;
}

/**
 * The facts of one subject, one query per source (ReferenceManyField on subjectId, with the subject
 * kind as filter). Only the fields the server sorts by are sortable.
 */
function FactList({ subject, reference, sort, empty, children }: { subject: Subject; reference: string; sort: { field: string; order: 'ASC' | 'DESC' }; empty: string; children: ReactNode }) {
  return (
    <div data-testid={`facts-${reference}`}>
      <ReferenceManyField
        reference={reference}
        target="subjectId"
        record={{ id: subject.id }}
        filter={{ subjectKind: subjectFilter(subject).subjectKind }}
        sort={sort}
        perPage={PER_PAGE}
        pagination={<PaginationIfMany />}
      >
        {/* The subject kind is a filter, so react-admin's own "empty" would read "nothing matches the filters". */}
        <Datagrid bulkActionButtons={false} empty={<EmptyNote message={empty} />}>
          {children}
          <DeleteButton redirect={false} mutationMode="pessimistic" />
        </Datagrid>
      </ReferenceManyField>
    </div>
  );
}

export function AwardRecordList({ subject }: { subject: Subject }) {
  return (
    <FactList subject={subject} reference="AwardRecord" sort={{ field: 'year', order: 'DESC' }} empty="exemplar.facts.no_awards">
      <TextField source="year" />
      <AwardTypeField source="awardTypeCode" sortBy="awardTypeCode" />
      <TextField source="decisionNumber" sortable={false} emptyText="—" />
      <LocalDateField source="decisionDate" sortBy="decisionDate" />
      <ReferenceField source="issuerOrganizationId" reference="Organization" link="show" sortable={false} emptyText="—" />
      <CodeField source="issuerLevel" vocabulary="awardLevel" sortBy="issuerLevel" emptyText="—" />
      <TextField source="achievementKey" sortable={false} />
    </FactList>
  );
}

export function AnnualRatingList({ subject }: { subject: Subject }) {
  return (
    <FactList subject={subject} reference="AnnualRating" sort={{ field: 'year', order: 'DESC' }} empty="exemplar.facts.no_ratings">
      <TextField source="year" />
      <CodeField source="level" vocabulary="ratingLevel" sortable={false} />
    </FactList>
  );
}

export function CulturalTitleList({ subject }: { subject: Subject }) {
  return (
    <FactList subject={subject} reference="CulturalTitle" sort={{ field: 'year', order: 'DESC' }} empty="exemplar.facts.no_cultural_titles">
      <TextField source="year" />
      <AwardTypeField source="code" sortBy="code" />
    </FactList>
  );
}

export function SubjectFlagList({ subject }: { subject: Subject }) {
  return (
    <FactList subject={subject} reference="SubjectFlag" sort={{ field: 'year', order: 'DESC' }} empty="exemplar.facts.no_flags">
      <TextField source="year" emptyText="—" />
      <CodeField source="code" vocabulary="flagCode" sortBy="code" />
      <BooleanField source="value" sortable={false} />
    </FactList>
  );
}

export function YearlyMetricList({ subject }: { subject: Subject }) {
  return (
    <FactList subject={subject} reference="YearlyMetric" sort={{ field: 'year', order: 'DESC' }} empty="exemplar.facts.no_metrics">
      <TextField source="year" />
      <CodeField source="code" vocabulary="metricCode" sortBy="code" />
      <NumberValueField source="value" sortable={false} textAlign="right" />
    </FactList>
  );
}

/** Reviewers' verdicts on the qualitative criteria of the criteria sets, newest first. */
export function AttestationList({ subject }: { subject: Subject }) {
  return (
    <FactList subject={subject} reference="Attestation" sort={{ field: 'attestedOn', order: 'DESC' }} empty="exemplar.facts.no_attestations">
      <TextField source="criterionKey" sortable={false} sx={{ fontFamily: 'monospace' }} />
      <VerdictField source="verdict" sortable={false} />
      <TextField source="attestedBy" sortable={false} />
      <LocalDateField source="attestedOn" sortBy="attestedOn" />
      <TextField source="note" sortable={false} emptyText="—" />
    </FactList>
  );
}
