import { useState } from 'react';
import { Button, Card, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconSend, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { groupInput, groupSendInput, type GroupAudience } from '../../../../../db/modules/mail/groupSchemas';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { errorsFromIssues } from '../../../forms';
import { useApi } from '../../../hooks/useApi';
import { useApiForm } from '../../../hooks/useApiForm';
import { safeParseIn } from '../../../../../db/contract/zod';
import { callLanguage } from '../../../i18n/current';
import { useMe } from '../../../session/SessionContext';
import { toApiCallError } from '../../../hooks/useApi';
import { RecipientList } from './RecipientList';
import { audiencesFor } from './audiences';

interface Values {
  audience: GroupAudience;
  roleId: string | null;
  from: string;
  to: string;
  service: boolean;
  subject: string;
  text: string;
}

const toInput = (v: Values) => ({
  audience: v.audience,
  roleId: v.roleId ? Number(v.roleId) : null,
  from: v.audience === 'huurders' ? v.from || null : null,
  to: v.audience === 'huurders' ? v.to || null : null,
  service: v.service,
  subject: v.subject,
  text: v.text,
});

type Recipients = Output<'groupMail.recipients'>;

/** The roles to narrow volunteers by; only asked when writing to volunteers (the committee may not read them). */
function RoleSelect({ value, onChange }: { value?: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const roles = useApi('volunteers.roles', { includeInactive: false });
  return (
    <Select
      label={t('mail.group.role')}
      placeholder={t('mail.group.allRoles')}
      clearable
      data={(roles.data ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
      value={value ?? null}
      onChange={onChange}
    />
  );
}

/**
 * #/groepsbericht: one text to a group. "Ontvangers bekijken" shows who gets it and who does not before anything is
 * sent; each recipient then gets their own message, without the others' addresses.
 */
export function GroupMessagePage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const audiences = audiencesFor(user.role);
  const [recipients, setRecipients] = useState<{ key: string; rows: Recipients } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [sentCount, setSentCount] = useState<number | null>(null);
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, ReturnType<typeof toInput>, Output<'groupMail.send'>>({
    initialValues: { audience: audiences[0] ?? 'vrijwilligers', roleId: null, from: '', to: '', service: false, subject: '', text: '' },
    schema: groupSendInput,
    toInput,
    submit: (input) => call('groupMail.send', input),
    onSuccess: (result) => {
      setSentCount(result.queued);
      form.reset();
      setRecipients(null);
    },
  });
  const values = form.getValues();
  const input = toInput(values);
  const audienceKey = JSON.stringify([input.audience, input.roleId, input.from, input.to, input.service]);
  const shown = recipients?.key === audienceKey ? recipients.rows : null;

  async function preview() {
    setPreviewError(null);
    setSentCount(null);
    const parsed = safeParseIn(groupInput, input, callLanguage());
    if (!parsed.success) {
      form.setErrors(errorsFromIssues(values, parsed.error.issues).errors);
      return;
    }
    try {
      setRecipients({ key: audienceKey, rows: await call('groupMail.recipients', parsed.data) });
    } catch (error) {
      setPreviewError(toApiCallError(error).message);
    }
  }

  return (
    <>
      <PageHeader title={t('mail.group.title')} description={t('mail.group.intro')} />
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md" maw={860}>
          <Card withBorder radius="md" padding="lg">
            <Stack gap="md">
              <Stack gap={4}>
                <Text fw={600} id="audience-label">
                  {t('mail.group.audience')}
                </Text>
                <SegmentedControl
                  aria-labelledby="audience-label"
                  data={audiences.map((a) => ({ value: a, label: t(`mail.group.audiences.${a}`) }))}
                  {...form.getInputProps('audience')}
                />
                {form.errors.audience && (
                  <Text c="red.9" size="sm" role="alert">
                    {form.errors.audience}
                  </Text>
                )}
              </Stack>
              {values.audience === 'vrijwilligers' && <RoleSelect {...form.getInputProps('roleId')} />}
              {values.audience === 'huurders' && (
                <SimpleGrid cols={{ base: 1, xs: 2 }}>
                  <DateField label={t('mail.group.from')} required {...form.getInputProps('from')} />
                  <DateField label={t('mail.group.to')} required {...form.getInputProps('to')} />
                </SimpleGrid>
              )}
              <Checkbox
                label={t('mail.group.service')}
                description={t('mail.group.serviceHelp')}
                {...form.getInputProps('service', { type: 'checkbox' })}
              />
            </Stack>
          </Card>
          <TextInput label={t('mail.group.subject')} required maxLength={150} {...form.getInputProps('subject')} />
          <Textarea
            label={t('mail.group.text')}
            description={t('mail.group.textHelp')}
            required
            autosize
            minRows={6}
            {...form.getInputProps('text')}
          />
          <Group>
            <Button variant="light" leftSection={<IconUsers size={18} aria-hidden />} onClick={() => void preview()}>
              {t('mail.group.preview')}
            </Button>
          </Group>
          <FormAlert message={previewError} />
          {shown && (
            <Card withBorder radius="md" padding="lg">
              <RecipientList
                label={t('mail.group.recipients')}
                rows={shown.map((r) => ({ key: `${r.personKind}-${r.personId}`, name: r.name, email: r.email, skipped: r.skipped }))}
              />
            </Card>
          )}
          <FormAlert message={formError} />
          {sentCount !== null && (
            <Text c="green.9" fw={600} role="status">
              {t('mail.group.sent', { count: sentCount })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconSend size={18} aria-hidden />}
              loading={submitting}
              disabled={!shown?.some((r) => r.skipped === null)}
            >
              {t('mail.group.send')}
            </Button>
          </Group>
          {!shown && (
            <Text c="dimmed" size="sm" ta="right">
              {t('mail.group.previewFirst')}
            </Text>
          )}
        </Stack>
      </form>
    </>
  );
}
