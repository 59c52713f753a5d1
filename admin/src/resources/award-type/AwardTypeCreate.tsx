import { Create } from 'react-admin';
import { AwardTypeForm } from './AwardTypeForm';

export function AwardTypeCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic" record={{ subjectKinds: ['CA_NHAN'], periodic: false }}>
      <AwardTypeForm />
    </Create>
  );
}
