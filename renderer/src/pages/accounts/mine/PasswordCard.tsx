import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';

export function PasswordCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="password-title" maw={640}>
      <Title order={2} size="h3" id="password-title">
        {t('myAccount.passwordTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('myAccount.passwordIntro')}
      </Text>
      <ChangePasswordForm />
    </Card>
  );
}
