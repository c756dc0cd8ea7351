import { Checkbox, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../../api/client';
import { templateInput } from '../../../../../../db/modules/roster/schemas';
import { DateField } from '../../../../components/DateField';
import { FormModal } from '../../../../components/FormModal';
import { TimeField } from '../../../../components/TimeField';
import { todayIso } from '../../../../format';
import { useApiForm } from '../../../../hooks/useApiForm';
import { useFormat } from '../../../../hooks/useFormat';
import { notifySuccess } from '../../../../notify';
import { NeedsField, needsToInput, needsToValues, type NeedValue } from '../../shared/NeedsField';
import { shiftFormCheck } from '../../shared/shiftChecks';
import { WeekdaysField } from '../../shared/WeekdaysField';
import type { Template, VolunteerRole } from '../../shared/types';

interface TemplateValues {
  name: string;
  weekdays: string[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string;
  skipClosed: boolean;
  needs: NeedValue[];
  active: boolean;
}

const toInput = (v: TemplateValues) => ({
  name: v.name,
  weekdays: v.weekdays.map(Number),
  startTime: v.startTime,
  endTime: v.endTime,
  validFrom: v.validFrom,
  validUntil: v.validUntil || null,
  skipClosed: v.skipClosed,
  needs: needsToInput(v.needs),
});

function valuesOf(tpl: Template): TemplateValues {
  return {
    name: tpl.name,
    weekdays: tpl.weekdays.map(String),
    startTime: tpl.startTime,
    endTime: tpl.endTime,
    validFrom: tpl.validFrom,
    validUntil: tpl.validUntil ?? '',
    skipClosed: tpl.skipClosed,
    needs: needsToValues(tpl.needs),
    active: tpl.active,
  };
}

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
  const { form, handleSubmit, formError, submitting } = useApiForm<TemplateValues, ReturnType<typeof toInput>>({
    initialValues: template
      ? valuesOf(template)
      : {
          name: '',
          weekdays: [],
          startTime: '',
          endTime: '',
          validFrom: todayIso(),
          validUntil: '',
          skipClosed: true,
          needs: [{ roleId: null, count: 1 }],
          active: true,
        },
    schema: templateInput,
    toInput,
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
      <WeekdaysField
        label={t('roster.templates.weekdays')}
        required
        value={form.values.weekdays}
        onChange={(v) => form.setFieldValue('weekdays', v)}
        error={form.errors.weekdays}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TimeField label={t('roster.startTime')} required {...form.getInputProps('startTime')} />
        <TimeField label={t('roster.endTime')} required {...form.getInputProps('endTime')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('roster.templates.validFrom')} required {...form.getInputProps('validFrom')} />
        <DateField
          label={t('roster.templates.validUntil')}
          description={t('roster.templates.validUntilHelp')}
          clearable
          {...form.getInputProps('validUntil')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('roster.templates.skipClosed')}
        description={t('roster.templates.skipClosedHelp')}
        {...form.getInputProps('skipClosed', { type: 'checkbox' })}
      />
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
