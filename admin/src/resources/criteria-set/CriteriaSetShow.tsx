import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, Stack } from '@mui/material';
import { CreateButton, EditButton, ListButton, Show, TopToolbar, useLocaleState, useRecordContext } from 'react-admin';
import { Section } from '../../layout/Section';
import { useRuleLabels } from '../../eligibility/useRuleLabels';
import { CriterionCard } from './CriterionCard';
import { SetOverview, SetParameters, SetRoleGroups } from './SetOverview';
import { TryEligibility } from './TryEligibility';
import { copyOf, setTitle, type CriteriaSetRecord } from './definition';

/** Users' sets are edited in place; the Law's and the seed plans' are reference data: copy them to change them. */
function ShowActions() {
  const record = useRecordContext<CriteriaSetRecord>();
  return (
    <TopToolbar>
      <ListButton />
      {record?.definition ? (
        <CreateButton label="exemplar.criteria.copy" icon={<ContentCopyIcon />} state={{ record: { definition: copyOf(record.definition) } }} />
      ) : null}
      {record && !record.isReference ? <EditButton /> : null}
    </TopToolbar>
  );
}

function SetTitle() {
  const record = useRecordContext<CriteriaSetRecord>();
  const [locale] = useLocaleState();
  return <span>{setTitle(record, locale)}</span>;
}

/** The criteria viewer: the set, its parameters and role groups, "Xét thử", then each criterion. */
function CriteriaViewer() {
  const record = useRecordContext<CriteriaSetRecord>();
  const labels = useRuleLabels();
  const set = record?.definition;
  if (!record || !set) return null;
  return (
    <>
      <SetOverview record={record} set={set} />
      <SetParameters set={set} />
      <SetRoleGroups set={set} />
      <TryEligibility set={set} />
      <Section title="exemplar.criteria.section.criteria" testId="criteria-list">
        <Stack sx={{ gap: 2 }}>
          {set.criteria.map((criterion) => (
            <CriterionCard key={criterion.key} criterion={criterion} set={set} labels={labels} />
          ))}
        </Stack>
      </Section>
      <Box sx={{ height: 8 }} />
    </>
  );
}

export function CriteriaSetShow() {
  return (
    <Show actions={<ShowActions />} title={<SetTitle />}>
      <CriteriaViewer />
    </Show>
  );
}
