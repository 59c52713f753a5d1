import { Create } from 'react-admin';
import { RuleForm } from './RuleForm';

export function RuleCreate() {
  return (
    <Create redirect="list" mutationMode="pessimistic">
      <RuleForm />
    </Create>
  );
}
