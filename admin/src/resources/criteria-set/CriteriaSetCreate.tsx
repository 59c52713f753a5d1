import { useState } from 'react';
import { Create, useNotify } from 'react-admin';
import { criteriaIssues, type CriteriaIssue } from '../../data/dataProvider';
import { CriteriaSetForm, toPayload } from './CriteriaSetForm';
import { NEW_SET_TEMPLATE, toJsonText } from './definition';

/**
 * A user's set, written as JSON from a template (or from a copy of another set). INVALID_CRITERIA
 * keeps the form open and lists every offending path above the editor.
 */
export function CriteriaSetCreate() {
  const [issues, setIssues] = useState<CriteriaIssue[]>([]);
  const notify = useNotify();
  return (
    <Create
      redirect="show"
      record={{ definition: toJsonText(NEW_SET_TEMPLATE) }}
      transform={toPayload}
      mutationOptions={{
        onError: (error: unknown) => {
          setIssues(criteriaIssues(error));
          notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
        },
      }}
    >
      <CriteriaSetForm issues={issues} />
    </Create>
  );
}
