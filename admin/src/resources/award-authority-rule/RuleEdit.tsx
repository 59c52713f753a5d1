import { Edit } from 'react-admin';
import { RuleForm } from './RuleForm';
import { RuleTitle } from './RuleTitle';

export function RuleEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic" title={<RuleTitle />}>
      <RuleForm />
    </Edit>
  );
}
