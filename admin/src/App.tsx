import { ApolloProvider } from '@apollo/client';
import { Admin, CustomRoutes, defaultTheme, reactRouterProvider, Resource } from 'react-admin';
import { createAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { sessionEnded } from './auth/SessionWatcher';
import { browserStorage, clearSession, readSession } from './auth/session';
import { createApolloClient, storedToken } from './data/client';
import { createSessionDataProvider } from './data/dataProvider';
import { Dashboard } from './dashboard/Dashboard';
import auditEntries from './history/AuditLogList';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppMenu';
import apiKeys from './resources/api-key';
import appUsers from './resources/app-user';
import activityFields from './resources/activity-field';
import administrativeUnits from './resources/administrative-unit';
import { FACT_RESOURCES } from './resources/achievement';
import awardAuthorityRules from './resources/award-authority-rule';
import awardDecisions from './resources/award-decision';
import awardTypes from './resources/award-type';
import { COMPLIANCE_PATH, ComplianceScreen } from './resources/compliance/ComplianceScreen';
import councils from './resources/council';
import councilSessions from './resources/council-session';
import criteriaSets from './resources/criteria-set';
import exemplars from './resources/exemplar';
import households from './resources/household';
import nominations from './resources/nomination';
import organizations from './resources/organization';
import people from './resources/person';
import plans from './resources/plan';

const { Route } = reactRouterProvider;
const client = createApolloClient('/graphql', {
  // The server no longer accepts the token: forget it once, and sign out to the login page.
  onUnauthenticated: () => {
    if (!readSession(browserStorage())) return;
    clearSession(browserStorage());
    sessionEnded();
  },
});
// Wide enough for the menu's longest Vietnamese entry ("Thẩm quyền khen thưởng").
const theme = { ...defaultTheme, sidebar: { width: 280, closedWidth: 50 } };
const getLocale = () => i18nProvider.getLocale();
// Built afresh for each token: the schema is read (introspection) only once signed in.
const dataProvider = createSessionDataProvider({ client, getLocale, getToken: storedToken });
// Sign-in is required (SIGN_IN_REQUIRED): nothing renders before checkAuth has passed (requireAuth).
const authProvider = createAuthProvider({ client, getLocale });

export function App() {
  return (
    <ApolloProvider client={client}>
      <Admin dataProvider={dataProvider} authProvider={authProvider} requireAuth loginPage={LoginPage} i18nProvider={i18nProvider} dashboard={Dashboard} layout={AppLayout} theme={theme} title="Exemplar" disableTelemetry>
        <Resource name="AdministrativeUnit" {...administrativeUnits} />
        <Resource name="Organization" {...organizations} />
        <Resource name="Person" {...people} />
        <Resource name="Household" {...households} />
        <Resource name="AwardType" {...awardTypes} />
        <Resource name="AwardAuthorityRule" {...awardAuthorityRules} />
        <Resource name="ActivityField" {...activityFields} />
        <Resource name="CriteriaSet" {...criteriaSets} />
        <Resource name="Plan" {...plans} />
        <Resource name="Exemplar" {...exemplars} />
        <Resource name="Nomination" {...nominations} />
        <Resource name="Council" {...councils} />
        <Resource name="CouncilSession" {...councilSessions} />
        <Resource name="AwardDecision" {...awardDecisions} />
        {/* The audit trail: each record's history tab, and the whole log (read only). */}
        <Resource name="AuditEntry" {...auditEntries} />
        {/* Users and API keys with their grants (national administrators; shown in the menu to them only). */}
        <Resource name="AppUser" {...appUsers} />
        <Resource name="ApiKey" {...apiKeys} />
        {/* Members are added, edited and removed from their council's page. */}
        <Resource name="CouncilMember" recordRepresentation="fullName" />
        <CustomRoutes>
          <Route path={COMPLIANCE_PATH} element={<ComplianceScreen />} />
        </CustomRoutes>
        {/* Criteria are read inside their set (the viewer); declared for their labels. */}
        <Resource name="Criterion" recordRepresentation="key" />
        {/* Facts of a subject: written and read from the person's, household's or organization's page. */}
        {FACT_RESOURCES.map(({ name, recordRepresentation }) => (
          <Resource key={name} name={name} recordRepresentation={recordRepresentation} />
        ))}
      </Admin>
    </ApolloProvider>
  );
}
