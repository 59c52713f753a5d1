import { CreateButton, Datagrid, FunctionField, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { ratioPercent } from '../council-session/session';

function Actions() {
  return (
    <TopToolbar>
      <CreateButton label="exemplar.council.create" />
    </TopToolbar>
  );
}

/** Hội đồng thi đua, khen thưởng: each with its organization, standing secretariat and parent council. */
export function CouncilList() {
  return (
    <List actions={<Actions />} sort={{ field: 'id', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <ReferenceField source="organizationId" reference="Organization" link={false} sortable={false} />
        <ReferenceField source="standingOrganizationId" reference="Organization" link={false} sortable={false} emptyText="—" />
        <ReferenceField source="parentCouncilId" reference="Council" link={false} sortable={false} emptyText="—" />
        <FunctionField source="quorumRatio" sortable={false} render={(r: { quorumRatio: number }) => ratioPercent(r.quorumRatio)} />
      </Datagrid>
    </List>
  );
}
