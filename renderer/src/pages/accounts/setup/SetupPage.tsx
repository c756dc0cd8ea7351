import { Button, Checkbox, Fieldset, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { firstRunInput } from '../../../../../db/modules/accounts/schemas';
import { AuthFrame } from '../../../components/AuthFrame';
import { PasswordField } from '../../../components/PasswordField';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { useSession, type Me } from '../../../session/SessionContext';

type Values = Input<'setup.firstRun'> & {
  user: { name: string; username: string; password: string };
  demo: boolean;
  repeat: string;
};

/** First start: the house gets its name and its first beheerder, who is signed in straight away. */
export function SetupPage({ demoSuggested }: { demoSuggested: boolean }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Input<'setup.firstRun'>, Me>({
    initialValues: {
      buildingName: '',
      user: { name: '', username: '', password: '' },
      repeat: '',
      demo: demoSuggested,
    },
    schema: firstRunInput,
    toInput: ({ repeat: _, ...input }) => input,
    check: (v) => (v.repeat !== v.user.password ? { repeat: t('password.mismatch') } : {}),
    submit: (input) => call('setup.firstRun', input),
    onSuccess: signedIn,
  });

  return (
    <AuthFrame title={t('setup.title')} intro={t('setup.intro')} width={520}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <TextInput
            label={t('setup.buildingName')}
            description={t('setup.buildingNameHelp')}
            required
            autoFocus
            {...form.getInputProps('buildingName')}
          />
          <Fieldset legend={t('setup.accountLegend')}>
            <Stack gap="sm">
              <TextInput
                label={t('setup.yourName')}
                required
                autoComplete="name"
                {...form.getInputProps('user.name')}
              />
              <TextInput
                label={t('fields.username')}
                description={t('fields.usernameHelp')}
                required
                autoComplete="username"
                {...form.getInputProps('user.username')}
              />
              <PasswordField
                label={t('fields.password')}
                description={t('password.rules')}
                required
                autoComplete="new-password"
                {...form.getInputProps('user.password')}
              />
              <PasswordField
                label={t('password.repeat')}
                required
                autoComplete="new-password"
                {...form.getInputProps('repeat')}
              />
            </Stack>
          </Fieldset>
          <Checkbox
            label={t('setup.demo')}
            description={t('setup.demoHelp')}
            {...form.getInputProps('demo', { type: 'checkbox' })}
          />
          <Button type="submit" size="md" loading={submitting}>
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
