import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { toApiCallError } from '../../../hooks/useApi';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../notify';
import type { FoundRecord } from '../privacyTypes';
import type { EraseScope } from '../../../../../db/modules/privacy/schemas';

/**
 * The confirmation of an erasure: per record how far (only what it allows), and the reason for the
 * audit log. The core checks again and refuses the whole request; its reasons appear per record.
 */
export function EraseModal({
  records,
  onClose,
  onDone,
}: {
  records: FoundRecord[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [scopes, setScopes] = useState<Record<string, EraseScope>>(() =>
    Object.fromEntries(records.map((r) => [`${r.type}:${r.id}`, r.options.scopes[0]!])),
  );
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setFormError(null);
    setErrors({});
    try {
      const result = await call('privacy.erase', {
        reason,
        targets: records.map((r) => ({ type: r.type, id: r.id, scope: scopes[`${r.type}:${r.id}`]! })),
      });
      notifySuccess(t('privacy.person.erased', { count: result.anonymised }));
      onDone();
      onClose();
    } catch (e) {
      const error = toApiCallError(e);
      setErrors(error.fieldErrors);
      setFormError(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('privacy.person.eraseTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('privacy.person.eraseLead')}
        </Alert>
        <FormAlert message={formError} title={t('common.failed')} />
        {records.map((r, i) => (
          <Stack key={`${r.type}:${r.id}`} gap={4}>
            <Text fw={500} id={`erase-${i}`}>
              {t(`privacy.person.types.${r.type}`)}: {r.title}
            </Text>
            {r.options.scopes.length > 1 ? (
              <SegmentedControl
                aria-labelledby={`erase-${i}`}
                value={scopes[`${r.type}:${r.id}`]}
                onChange={(v) => setScopes((s) => ({ ...s, [`${r.type}:${r.id}`]: v as EraseScope }))}
                data={r.options.scopes.map((s) => ({ value: s, label: t(`privacy.person.scopes.${s}`) }))}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t(`privacy.person.scopes.${r.options.scopes[0]!}`)}
                {r.options.note ? ` – ${r.options.note}` : ''}
              </Text>
            )}
            {errors[`targets.${i}`]?.map((m) => (
              <Text key={m} size="sm" c="red.8" role="alert">
                {m}
              </Text>
            ))}
          </Stack>
        ))}
        <Textarea
          label={t('privacy.person.reason')}
          description={t('privacy.person.reasonHelp')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setErrors(({ reason: _gone, ...rest }) => rest);
          }}
          error={errors.reason?.[0]}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void submit()}>
            {t('privacy.person.eraseConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
