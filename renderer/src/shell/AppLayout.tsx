import { AppShell, Badge, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useMe, useSession } from '../session/SessionContext';
import { useIdleLock } from '../session/useIdleLock';
import { LockScreen } from '../pages/accounts/lock/LockScreen';
import { NoAccessPage } from './errors/NoAccessPage';
import { HeaderBar } from './HeaderBar';
import { NavMenu } from './NavMenu';
import { MODULES, mayOpen } from './modules';
import { ReadOnlyBanner } from '../pages/system/recovery/ReadOnlyBanner';

function focusMain() {
  document.getElementById('main')?.focus();
}

/** The signed-in app: header, navigation, the page, and the lock screen over it all when locked. */
export function AppLayout({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const { lock, dataEpoch } = useSession();
  const [navOpened, nav] = useDisclosure(false);

  const kiosk = useLocation().pathname.startsWith('/foyer');
  useIdleLock(
    !locked,
    me.lockMinutes,
    () => void lock(),
    () => void call('auth.me').catch(() => undefined),
    kiosk,
  );

  return (
    <>
      {/* While locked the app stays mounted (nothing typed is lost) but is out of reach for keyboard and screen reader. */}
      <div inert={locked} aria-hidden={locked || undefined}>
        <button type="button" className="skip-link" onClick={focusMain}>
          {t('shell.skipToContent')}
        </button>
        <AppShell
          header={{ height: 64 }}
          navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
          padding="lg"
        >
          <AppShell.Header>
            <HeaderBar navOpened={navOpened} onToggleNav={nav.toggle} />
          </AppShell.Header>
          <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
            {/* The header has no room for who is signed in on a narrow window; the opened menu shows it. */}
            <AppShell.Section hiddenFrom="sm" px="sm" pb="sm">
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {me.user.name}
                </Text>
                <Badge variant="light">{t(`roles.${me.user.role}`)}</Badge>
              </Group>
            </AppShell.Section>
            <AppShell.Section grow component={ScrollArea}>
              <NavMenu onNavigate={nav.close} />
            </AppShell.Section>
          </AppShell.Navbar>
          <AppShell.Main id="main" tabIndex={-1}>
            <ReadOnlyBanner />
            {/* A restore replaces the whole database: remounting every page makes them load afresh. */}
            <Routes key={dataEpoch}>
              {MODULES.map((m) => (
                <Route
                  key={m.path}
                  path={m.route ?? m.path}
                  element={mayOpen(m, me.user.role) ? m.element : <NoAccessPage />}
                />
              ))}
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </AppShell.Main>
        </AppShell>
      </div>
      {locked && <LockScreen />}
    </>
  );
}
