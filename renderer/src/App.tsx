import { Button, Center, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/nl';
import 'dayjs/locale/en-gb';
import { cssVariablesResolver, theme } from './theme';
import { SessionProvider, useSession } from './session/SessionContext';
import { Loading } from './components/QueryState';
import { SetupPage } from './pages/accounts/setup/SetupPage';
import { LoginPage } from './pages/accounts/login/LoginPage';
import { AppLayout } from './shell/AppLayout';
import { CoreStateGate } from './pages/system/recovery/CoreState';

/** Date pickers follow the interface language; weeks start on Monday in both. */
function LocalizedDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider
      settings={{ locale: i18n.language === 'en' ? 'en-gb' : 'nl', firstDayOfWeek: 1, consistentWeeks: true }}
    >
      {children}
    </DatesProvider>
  );
}

function Unavailable({ message }: { message: string }) {
  const { t } = useTranslation();
  const { retry } = useSession();
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack align="center" maw={480}>
        <Title order={1} size="h2">
          {t('app.unavailableTitle')}
        </Title>
        <Text ta="center">{message}</Text>
        <Button onClick={retry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

/** Which screen the app is on: loading, first-run setup, login, or the signed-in app. */
function Root() {
  const { phase } = useSession();
  const { t } = useTranslation();
  switch (phase.kind) {
    case 'loading':
      return (
        <Center component="main" mih="100vh">
          <Loading label={t('app.starting')} />
        </Center>
      );
    case 'unavailable':
      return <Unavailable message={phase.message} />;
    case 'setup':
      return <SetupPage demoSuggested={phase.demoSuggested} />;
    case 'login':
      return <LoginPage notice={phase.notice} />;
    case 'ready':
      return <AppLayout locked={phase.locked} />;
  }
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <LocalizedDates>
        <Notifications position="top-right" />
        {/* A damaged database shows only the recovery screen; the session starts once it is sound. */}
        <CoreStateGate>
          <SessionProvider>
            <HashRouter>
              <Root />
            </HashRouter>
          </SessionProvider>
        </CoreStateGate>
      </LocalizedDates>
    </MantineProvider>
  );
}
