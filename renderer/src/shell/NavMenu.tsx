import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/SessionContext';
import { MODULES, inNavigation } from './modules';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const { pathname } = useLocation();
  return (
    <Stack gap={2}>
      {MODULES.filter((m) => inNavigation(m, user.role)).map((m) => {
        const active = isActive(pathname, m.path);
        return (
          <NavLink
            key={m.path}
            component={Link}
            to={m.path}
            label={t(`nav.${m.label}`)}
            leftSection={<m.icon size={20} stroke={1.7} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            className="nav-link"
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
