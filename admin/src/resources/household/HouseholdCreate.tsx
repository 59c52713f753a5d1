import { Create } from 'react-admin';
import { HouseholdForm } from './HouseholdForm';

export function HouseholdCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <HouseholdForm />
    </Create>
  );
}
