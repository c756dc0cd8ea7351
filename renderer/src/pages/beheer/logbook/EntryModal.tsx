import { Checkbox, Group, Radio, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input, type Output } from '../../../api/client';
import { DAYPARTS, LOGBOOK_CATEGORIES, logbookInput } from '../../../../../db/modules/beheer/schemas';
import { DateField } from '../../../components/DateField';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import { todayIso } from '../../../format';
import { currentDaypart } from './dayparts';

export type Entry = Output<'logbook.list'>[number];
type Values = Input<'logbook.create'>;

function initial(entry?: Entry): Values {
  if (entry)
    return {
      date: entry.date,
      daypart: entry.daypart,
      category: entry.category,
      text: entry.text,
      handover: entry.handover,
    };
  return { date: todayIso(), daypart: currentDaypart(), category: 'algemeen', text: '', handover: false };
}

/** Write (entry undefined) or edit one logbook entry. Mounted per opening, so it starts from the right values. */
export function EntryModal({ entry, onClose, onSaved }: { entry?: Entry; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values>({
    initialValues: initial(entry),
    schema: logbookInput,
    submit: (input) => (entry ? call('logbook.update', { id: entry.id, ...input }) : call('logbook.create', input)),
    successMessage: entry ? t('logbook.updated') : t('logbook.created'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  const category = form.getInputProps('category');

  return (
    <FormModal
      opened
      onClose={onClose}
      title={entry ? t('logbook.editTitle') : t('logbook.write')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={entry ? t('common.save') : t('logbook.writeSubmit')}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('logbook.date')} required clearable={false} {...form.getInputProps('date')} />
        <Select
          label={t('logbook.category')}
          required
          allowDeselect={false}
          data={LOGBOOK_CATEGORIES.map((c) => ({ value: c, label: t(`logbook.categories.${c}`) }))}
          {...category}
          onChange={(value) => {
            category.onChange(value);
            // A note in the handover category is meant for the next shift.
            if (value === 'overdracht') form.setFieldValue('handover', true);
          }}
        />
      </SimpleGrid>
      <Radio.Group label={t('logbook.daypart')} required {...form.getInputProps('daypart')}>
        <Group gap="lg" mt={6}>
          {DAYPARTS.map((d) => (
            <Radio key={d} value={d} label={t(`logbook.dayparts.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('logbook.text')}
        required
        autosize
        minRows={4}
        maxRows={14}
        data-autofocus
        {...form.getInputProps('text')}
      />
      <Checkbox
        label={t('logbook.handover')}
        description={t('logbook.handoverHelp')}
        {...form.getInputProps('handover', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
