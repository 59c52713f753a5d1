import { Datagrid, List, TextField } from 'react-admin';
import { AwardTypeField } from '../../fields/CatalogueFields';
import { CodeField } from '../../fields/CodeField';
import { ValidityField } from '../../fields/ValidityField';
import { ruleFilters } from './RuleFilters';

/** Who may confer which award type, and when: dated rows (the district's powers end on 30/06/2025). */
export function RuleList() {
  return (
    <List filters={ruleFilters} sort={{ field: 'awardTypeCode', order: 'ASC' }} perPage={25} exporter={false}>
      <Datagrid bulkActionButtons={false}>
        <AwardTypeField source="awardTypeCode" sortBy="awardTypeCode" />
        <CodeField source="authorityRole" vocabulary="authorityRole" sortable={false} />
        <CodeField source="authorityLevel" vocabulary="awardLevel" sortBy="authorityLevel" />
        <ValidityField source="validFrom" sortBy="validFrom" label="resources.AwardAuthorityRule.fields.validity" />
        <TextField source="legalBasis" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
