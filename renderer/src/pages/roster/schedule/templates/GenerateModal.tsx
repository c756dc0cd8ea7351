import { Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { generateInput } from '../../../../../../db/modules/roster/schemas';
import { DateField } from '../../../../components/DateField';
import { FormModal } from '../../../../components/FormModal';
import { addDays, todayIso } from '../../../../format';
import { useApiForm } from '../../../../hooks/useApiForm';
import { useFormat } from '../../../../hooks/useFormat';
import { notifySuccess } from '../../../../notify';
import type { Template } from '../../shared/types';

interface GenerateValues {
  from: string;
  to: string;
  templateId: string | null;
}

const toInput = (v: GenerateValues) => ({
  from: v.from,
  to: v.to,
  templateId: v.templateId === null ? null : Number(v.templateId),
});

/** "Diensten aanmaken": the shifts of the templates for a period. Shifts that exist stay as they are, so doing it twice is harmless. */
export function GenerateModal({
  templates,
  templateId,
  onClose,
  onDone,
}: {
  templates: readonly Template[];
  templateId?: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<GenerateValues, ReturnType<typeof toInput>>({
    initialValues: {
      from: todayIso(),
      to: addDays(todayIso(), 8 * 7 - 1),
      templateId: templateId ? String(templateId) : null,
    },
    schema: generateInput,
    toInput,
    submit: async (input) => {
      const made = await call('roster.generate', input);
      notifySuccess(t('roster.generate.done', { count: made.created }));
      if (made.skippedClosed.length)
        notifySuccess(t('roster.generate.skipped', { days: made.skippedClosed.map((d) => f.date(d)).join(', ') }));
    },
    onSuccess: () => {
      onDone();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      size="md"
      title={t('roster.generate.title')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('roster.generate.submit')}
    >
      <Text size="sm">{t('roster.generate.intro')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('roster.generate.from')} required {...form.getInputProps('from')} />
        <DateField label={t('roster.generate.to')} required {...form.getInputProps('to')} />
      </SimpleGrid>
      <Select
        label={t('roster.generate.template')}
        placeholder={t('roster.generate.allTemplates')}
        clearable
        data={templates.filter((x) => x.active).map((x) => ({ value: String(x.id), label: x.name }))}
        {...form.getInputProps('templateId')}
      />
    </FormModal>
  );
}
