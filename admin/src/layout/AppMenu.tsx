import type { ReactNode } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Divider, ListSubheader } from '@mui/material';
import { Layout, Menu, usePermissions, useSidebarState, useTranslate, type LayoutProps } from 'react-admin';
import { AuthAppBar } from '../auth/AuthAppBar';
import { isNationalAdmin } from '../auth/session';
import { COMPLIANCE_PATH } from '../resources/compliance/format';

/** A titled group of the menu; only the divider is left when the sidebar is folded to icons. */
function MenuGroup({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <>
      {open ? (
        <ListSubheader component="div" disableSticky sx={{ lineHeight: '36px', mt: 1, bgcolor: 'transparent' }}>
          {translate(title)}
        </ListSubheader>
      ) : (
        <Divider sx={{ my: 1 }} />
      )}
      {children}
    </>
  );
}

/** The territory and agencies first, plans and what they set moving (exemplars, nominations, quotas, councils, decisions), then the achievement record, then the award catalogue, then administration (the audit log; users and API keys for national administrators). */
export function AppMenu() {
  // Users and API keys only for national administrators (the server refuses the others anyway).
  const { permissions } = usePermissions();
  const admin = isNationalAdmin(permissions);
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="AdministrativeUnit" />
      <Menu.ResourceItem name="Organization" />
      <Menu.ResourceItem name="Plan" />
      <MenuGroup title="exemplar.menu.exemplars">
        <Menu.ResourceItem name="Exemplar" />
        <Menu.ResourceItem name="Nomination" />
        <Menu.Item to={COMPLIANCE_PATH} primaryText="exemplar.compliance.menu" leftIcon={<FactCheckIcon />} />
        <Menu.ResourceItem name="Council" />
        <Menu.ResourceItem name="AwardDecision" />
      </MenuGroup>
      <MenuGroup title="exemplar.menu.achievement">
        <Menu.ResourceItem name="Person" />
        <Menu.ResourceItem name="Household" />
      </MenuGroup>
      <MenuGroup title="exemplar.menu.catalogue">
        <Menu.ResourceItem name="AwardType" />
        <Menu.ResourceItem name="AwardAuthorityRule" />
        <Menu.ResourceItem name="ActivityField" />
        <Menu.ResourceItem name="CriteriaSet" />
      </MenuGroup>
      <MenuGroup title="exemplar.history.menu">
        <Menu.ResourceItem name="AuditEntry" />
        {admin && <Menu.ResourceItem name="AppUser" />}
        {admin && <Menu.ResourceItem name="ApiKey" />}
      </MenuGroup>
    </Menu>
  );
}

export function AppLayout(props: LayoutProps) {
  return <Layout {...props} menu={AppMenu} appBar={AuthAppBar} />;
}
