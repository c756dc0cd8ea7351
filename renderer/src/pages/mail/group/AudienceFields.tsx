import { Card, Checkbox, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { GroupAudience } from '../../../../../db/modules/mail/groupSchemas';
import { DateField } from '../../../components/DateField';
import { useApi } from '../../../hooks/useApi';
import type { GroupValues } from './groupForm';

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

/** Who the message goes to: the group, a role or a period where that applies, and whether everyone must know it. */
export function AudienceFields({
  form,
  audiences,
}: {
  form: UseFormReturnType<GroupValues>;
  audiences: GroupAudience[];
}) {
  const { t } = useTranslation();
  const audience = form.getValues().audience;
  return (
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
        {audience === 'vrijwilligers' && <RoleSelect {...form.getInputProps('roleId')} />}
        {audience === 'huurders' && (
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
  );
}
