import { useState, type ReactNode } from 'react';
import { CreateBase, SaveButton, SimpleForm, Toolbar, useNotify, type RaRecord } from 'react-admin';

function AddToolbar() {
  return (
    <Toolbar sx={{ px: 0, minHeight: 0, bgcolor: 'transparent' }}>
      <SaveButton label="exemplar.facts.add" />
    </Toolbar>
  );
}

/**
 * A create form for one fact, on the page of its subject: pre-filled (subjectKind/subjectId, or
 * personId, householdId), pessimistic, and emptied after each save so the next one can be typed.
 * The server's refusals (DUPLICATE_ACHIEVEMENT, DUPLICATE) keep the form filled, with their message.
 */
export function FactCreate({ resource, defaults, children, testId }: { resource: string; defaults: Partial<RaRecord>; children: ReactNode; testId?: string }) {
  const [generation, setGeneration] = useState(0);
  const notify = useNotify();
  return (
    <div data-testid={testId}>
      <CreateBase
        key={generation}
        resource={resource}
        record={defaults}
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{
          onSuccess: () => {
            notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
            setGeneration((n) => n + 1);
          },
        }}
      >
        <SimpleForm toolbar={<AddToolbar />} sx={{ p: 0 }}>
          {children}
        </SimpleForm>
      </CreateBase>
    </div>
  );
}
