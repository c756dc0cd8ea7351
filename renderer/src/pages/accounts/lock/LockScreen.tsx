import { Box, Button, Center, FocusTrap, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, type Input } from '../../../api/client';
import { unlockInput } from '../../../../../db/modules/accounts/schemas';
import { PasswordField } from '../../../components/PasswordField';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { useMe, useSession, type Me } from '../../../session/SessionContext';
import { LanguageSwitch } from '../../../shell/LanguageSwitch';

/**
 * Covers the whole app after inactivity or when the core reports the session locked. What was on
 * screen stays underneath, so after unlocking the user carries on where they were.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const { user } = useMe();
  const { unlocked, logout, toLogin } = useSession();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Input<'auth.unlock'> & { password: string },
    Input<'auth.unlock'>,
    Me
  >({
    initialValues: { password: '' },
    schema: unlockInput,
    submit: async (input) => {
      try {
        return await call('auth.unlock', input);
      } catch (error) {
        // Too many wrong passwords end the session, and an expired session cannot be unlocked: sign in anew.
        if (error instanceof ApiCallError && (error.code === 'ACCOUNT_LOCKED' || error.code === 'UNAUTHENTICATED'))
          toLogin(error.message);
        throw error;
      }
    },
    onSuccess: unlocked,
  });

  return (
    <Box
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      pos="fixed"
      inset={0}
      style={{ zIndex: 1000, overflowY: 'auto' }}
      // Opaque: whatever was on screen (a person's data, an application) must not show through while locked.
      bg="#e9ecef"
      p="md"
    >
      <Group justify="flex-end">
        <LanguageSwitch />
      </Group>
      <Center py="xl">
        <FocusTrap active>
          <Paper withBorder shadow="md" radius="lg" p="xl" w="100%" maw={420}>
            <form onSubmit={handleSubmit} noValidate>
              <Stack gap="md">
                <Group gap="sm" wrap="nowrap">
                  <IconLock size={32} stroke={1.5} color="var(--mantine-color-wijk-8)" aria-hidden />
                  <Title order={1} size="h2" id="lock-title">
                    {t('lock.title')}
                  </Title>
                </Group>
                <Text>{t('lock.whose', { name: user.name, role: t(`roles.${user.role}`) })}</Text>
                <FormAlert message={formError} title={t('lock.failed')} />
                <PasswordField
                  label={t('fields.password')}
                  required
                  autoFocus
                  autoComplete="current-password"
                  data-autofocus
                  {...form.getInputProps('password')}
                />
                <Button type="submit" size="md" loading={submitting}>
                  {t('lock.unlock')}
                </Button>
                <Text size="sm" c="dimmed">
                  {t('lock.notYou')}
                </Text>
                <Button variant="default" onClick={() => void logout()}>
                  {t('shell.logout')}
                </Button>
              </Stack>
            </form>
          </Paper>
        </FocusTrap>
      </Center>
    </Box>
  );
}
