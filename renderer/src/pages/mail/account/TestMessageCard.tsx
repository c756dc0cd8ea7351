import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { testMailInput } from '../../../../../db/modules/mail/schemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';

/** "Testbericht sturen": the server's answer, or in plain words what went wrong, right under the button. */
export function TestMessageCard() {
  const { t } = useTranslation();
  const [result, setResult] = useState<Output<'mailserver.test'> | null>(null);
  const { form, handleSubmit, formError, submitting } = useApiForm<
    Input<'mailserver.test'>,
    Input<'mailserver.test'>,
    Output<'mailserver.test'>
  >({
    initialValues: { to: '' },
    schema: testMailInput,
    submit: (input) => {
      setResult(null);
      return call('mailserver.test', input);
    },
    onSuccess: setResult,
  });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="mail-test-title" maw={760}>
      <Title order={2} size="h3" id="mail-test-title">
        {t('mail.account.testTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('mail.account.testIntro')}
      </Text>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Group align="flex-start" wrap="wrap">
            <TextInput label={t('mail.account.testTo')} type="email" w={320} {...form.getInputProps('to')} />
            <Button type="submit" mt={25} loading={submitting} leftSection={<IconSend size={18} aria-hidden />}>
              {t('mail.account.testSend')}
            </Button>
          </Group>
          <FormAlert message={formError} />
          {result && (
            <Alert
              role="status"
              color={result.sent ? 'green' : 'red'}
              variant="light"
              icon={result.sent ? <IconCircleCheck aria-hidden /> : undefined}
              title={result.sent ? t('mail.account.testOk') : t('mail.account.testFailed')}
            >
              {result.message}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
