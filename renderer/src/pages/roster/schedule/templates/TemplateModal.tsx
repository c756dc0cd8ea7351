import { Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { templateInput } from '../../../../../../db/modules/roster/schemas';
import { FormModal } from '../../../../components/FormModal';
import { useApiForm } from '../../../../hooks/useApiForm';
import { useFormat } from '../../../../hooks/useFormat';
import { notifySuccess } from '../../../../notify';
import { NeedsField } from '../../shared/NeedsField';
import { shiftFormCheck } from '../../shared/shiftChecks';
import type { Template, VolunteerRole } from '../../shared/types';
import { TemplateScheduleFields } from './TemplateScheduleFields';
import { templateValuesOf, toTemplateInput, type TemplateValues } from './templateForm';

/**
 * A recurring shift ("Avond bar, wo 19:00–22:00, 2 × bar"). A new template makes its shifts for the
 * coming eight weeks at once; a changed one only shapes shifts made after the change.
 */
export function TemplateModal({
  template,
  roles,
  onClose,
  onSaved,
}: {
  template?: Template;
  roles: readonly VolunteerRole[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<TemplateValues, ReturnType<typeof toTemplateInput>>({
    initialValues: templateValuesOf(template),
    schema: templateInput,
    toInput: toTemplateInput,
    check: shiftFormCheck({ endBeforeStart: t('roster.endBeforeStart'), pickRole: t('roster.needs.pickRoleError') }),
    submit: async (input) => {
      if (template) {
        await call('roster.updateTemplate', { id: template.id, active: form.getValues().active, ...input });
        notifySuccess(t('roster.templates.updated'));
      } else {
        const made = await call('roster.createTemplate', input);
        notifySuccess(t('roster.templates.created', { count: made.created }));
        if (made.skippedClosed.length)
          notifySuccess(t('roster.generate.skipped', { days: made.skippedClosed.map((d) => f.date(d)).join(', ') }));
      }
    },
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={template ? t('roster.templates.editTitle', { name: template.name }) : t('roster.templates.add')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={template ? t('common.save') : t('roster.templates.addSubmit')}
    >
      <TextInput
        label={t('roster.templates.name')}
        required
        data-autofocus
        placeholder={t('roster.templates.namePlaceholder')}
        {...form.getInputProps('name')}
      />
      <TemplateScheduleFields form={form} />
      <NeedsField
        value={form.values.needs}
        onChange={(v) => form.setFieldValue('needs', v)}
        roles={roles}
        errorOf={(p) => form.errors[p]}
      />
      {template && (
        <Switch
          label={t('roster.templates.active')}
          description={t('roster.templates.activeHelp')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </FormModal>
  );
}
