import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call, type Input } from '../../../api/client';
import { loginInput } from '../../../../../db/modules/accounts/schemas';
import { AuthFrame } from '../../../components/AuthFrame';
import { PasswordField } from '../../../components/PasswordField';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { useSession, type Me } from '../../../session/SessionContext';

export function LoginPage({ notice }: { notice?: string }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Input<'auth.login'> & { username: string; password: string },
    Input<'auth.login'>,
    Me
  >({
    initialValues: { username: '', password: '' },
    schema: loginInput,
    submit: (input) => call('auth.login', input),
    onSuccess: (me) => {
      // Start at home: the previous user's page may not be open to this user's role.
      void navigate('/');
      signedIn(me);
    },
  });

  return (
    <AuthFrame title={t('login.title')} intro={t('login.intro')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {notice && !formError && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {notice}
            </Alert>
          )}
          <FormAlert message={formError} title={t('login.failed')} />
          <TextInput
            label={t('fields.username')}
            required
            autoFocus
            autoComplete="username"
            {...form.getInputProps('username')}
          />
          <PasswordField
            label={t('fields.password')}
            required
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" size="md" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
