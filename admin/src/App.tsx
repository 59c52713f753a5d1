import { ApolloProvider } from '@apollo/client';
import { Admin, Resource } from 'react-admin';
import { createApolloClient } from './data/client';
import { createDataProvider } from './data/dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18nProvider';
import administrativeUnits from './resources/administrative-unit';
import organizations from './resources/organization';

const client = createApolloClient('/graphql');
const dataProvider = createDataProvider({ client, getLocale: () => i18nProvider.getLocale() });

export function App() {
  return (
    <ApolloProvider client={client}>
      <Admin dataProvider={dataProvider} i18nProvider={i18nProvider} dashboard={Dashboard} title="Exemplar" disableTelemetry>
        <Resource name="AdministrativeUnit" {...administrativeUnits} />
        <Resource name="Organization" {...organizations} />
      </Admin>
    </ApolloProvider>
  );
}
