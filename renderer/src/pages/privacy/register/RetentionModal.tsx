import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, type Input } from '../../../api/client';
import { retentionInput } from '../../../../../db/modules/privacy/schemas';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';
import type { RegisterEntry } from '../privacyTypes';

/** Every configurable period in one form; the core refuses periods below the fiscal minimum, shown next to the field. */
export function RetentionModal({
  entries,
  onClose,
  onSaved,
}: {
  entries: RegisterEntry[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const editable = entries.filter((e) => e.months !== null);
  const { form, handleSubmit, formError, submitting } = useApiForm({
    initialValues: Object.fromEntries(editable.map((e) => [e.kind, e.months as number | string])),
    schema: retentionInput,
    submit: (input) => call('privacy.setRetention', input as Input<'privacy.setRetention'>),
    successMessage: t('privacy.register.saved'),
    onSuccess: () => {
      onSaved();
      onClose();
    },
  });

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('privacy.register.editTitle')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
    >
      <Text size="sm" c="dimmed">
        {t('privacy.register.editHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {editable.map((e) => (
          <NumberInput
            key={e.kind}
            label={t(`privacy.register.kinds.${e.kind}.name`)}
            description={t('privacy.register.between', { min: e.min, max: e.max })}
            allowDecimal={false}
            // The core explains a period out of bounds next to the field; clamping would silently change it.
            clampBehavior="none"
            {...form.getInputProps(e.kind)}
          />
        ))}
      </SimpleGrid>
    </FormModal>
  );
}
