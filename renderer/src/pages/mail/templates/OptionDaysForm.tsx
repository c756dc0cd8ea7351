import { Button, Group, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { optionReminderInput } from '../../../../../db/modules/mail/templateSchemas';
import { FormAlert } from '../../../components/FormAlert';
import { useApiForm } from '../../../hooks/useApiForm';
import { notifySuccess } from '../../../notify';

/** How many days before an option ends its reminder goes out. */
export function OptionDaysForm({ days, onSaved }: { days: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<{ days: number }>({
    initialValues: { days },
    schema: optionReminderInput,
    submit: (input) => call('templates.setOptionReminderDays', input),
    onSuccess: (_, values) => {
      notifySuccess(t('mail.templates.optionDays.saved', { days: values.days }));
      onSaved();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <FormAlert message={formError} />
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('mail.templates.optionDays.label')}
          description={t('mail.templates.optionDays.help')}
          min={1}
          max={30}
          allowDecimal={false}
          w={340}
          {...form.getInputProps('days')}
        />
        <Button type="submit" variant="default" loading={submitting}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
