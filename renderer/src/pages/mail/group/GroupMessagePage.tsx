import { useState } from 'react';
import { Button, Card, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSend, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { groupSendInput } from '../../../../../db/modules/mail/groupSchemas';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useApiForm } from '../../../hooks/useApiForm';
import { useMe } from '../../../session/SessionContext';
import { AudienceFields } from './AudienceFields';
import { RecipientList } from './RecipientList';
import { audiencesFor } from './audiences';
import { emptyGroupMessage, toGroupInput, type GroupValues } from './groupForm';
import { useRecipientPreview } from './useRecipientPreview';

/** "Ontvangers bekijken" and what it found: who gets the message, and who does not and why. */
function RecipientsPanel({ preview, onLoad }: { preview: ReturnType<typeof useRecipientPreview>; onLoad: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Group>
        <Button variant="light" leftSection={<IconUsers size={18} aria-hidden />} onClick={onLoad}>
          {t('mail.group.preview')}
        </Button>
      </Group>
      <FormAlert message={preview.error} />
      {preview.rows && (
        <Card withBorder radius="md" padding="lg">
          <RecipientList
            label={t('mail.group.recipients')}
            rows={preview.rows.map((r) => ({
              key: `${r.personKind}-${r.personId}`,
              name: r.name,
              email: r.email,
              skipped: r.skipped,
            }))}
          />
        </Card>
      )}
    </>
  );
}

/**
 * #/groepsbericht: one text to a group. "Ontvangers bekijken" shows who gets it and who does not before anything is
 * sent; each recipient then gets their own message, without the others' addresses.
 */
export function GroupMessagePage() {
  const { t } = useTranslation();
  const audiences = audiencesFor(useMe().user.role);
  const [sentCount, setSentCount] = useState<number | null>(null);
  const { form, handleSubmit, formError, submitting } = useApiForm<
    GroupValues,
    ReturnType<typeof toGroupInput>,
    Output<'mail.groupSend'>
  >({
    initialValues: emptyGroupMessage(audiences[0] ?? 'vrijwilligers'),
    schema: groupSendInput,
    toInput: toGroupInput,
    submit: (input) => call('mail.groupSend', input),
    onSuccess: (result) => {
      setSentCount(result.queued);
      form.reset();
      preview.clear();
    },
  });
  const preview = useRecipientPreview(form);

  return (
    <>
      <PageHeader title={t('mail.group.title')} description={t('mail.group.intro')} />
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md" maw={860}>
          <AudienceFields form={form} audiences={audiences} />
          <TextInput label={t('mail.group.subject')} required maxLength={150} {...form.getInputProps('subject')} />
          <Textarea
            label={t('mail.group.text')}
            description={t('mail.group.textHelp')}
            required
            autosize
            minRows={6}
            {...form.getInputProps('text')}
          />
          <RecipientsPanel
            preview={preview}
            onLoad={() => {
              setSentCount(null);
              void preview.load();
            }}
          />
          <FormAlert message={formError} />
          {sentCount !== null && (
            <Text c="green.9" fw={600} role="status">
              {t('mail.group.sent', { count: sentCount })}
            </Text>
          )}
          <Group justify="flex-end" gap="md">
            {!preview.rows && (
              <Text c="dimmed" size="sm">
                {t('mail.group.previewFirst')}
              </Text>
            )}
            <Button
              type="submit"
              leftSection={<IconSend size={18} aria-hidden />}
              loading={submitting}
              disabled={!preview.rows?.some((r) => r.skipped === null)}
            >
              {t('mail.group.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
