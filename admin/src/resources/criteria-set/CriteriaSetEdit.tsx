import { useState } from 'react';
import { Alert, Box } from '@mui/material';
import { Edit, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { criteriaIssues, type CriteriaIssue } from '../../data/dataProvider';
import { CriteriaSetForm, toPayload } from './CriteriaSetForm';
import type { CriteriaSetRecord } from './definition';

/** The Law's and the seed plans' sets are reference data: the viewer offers a copy instead. */
function EditableForm({ issues }: { issues: CriteriaIssue[] }) {
  const record = useRecordContext<CriteriaSetRecord>();
  const translate = useTranslate();
  if (record?.isReference) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="info">{translate('exemplar.criteria.edit.reference_readonly')}</Alert>
      </Box>
    );
  }
  return <CriteriaSetForm issues={issues} />;
}

/** Pessimistic, with the version: CONFLICT and INVALID_CRITERIA keep the form open with their message. */
export function CriteriaSetEdit() {
  const [issues, setIssues] = useState<CriteriaIssue[]>([]);
  const notify = useNotify();
  return (
    <Edit
      redirect="show"
      mutationMode="pessimistic"
      transform={toPayload}
      mutationOptions={{
        onError: (error: unknown) => {
          setIssues(criteriaIssues(error));
          notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
        },
      }}
    >
      <EditableForm issues={issues} />
    </Edit>
  );
}
