import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import type { FoundRecord } from '../privacyTypes';
import { EraseTarget } from './EraseTarget';
import { recordKey } from './FoundList';
import { useErase } from './useErase';

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
  const erase = useErase(records, onDone, onClose);

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
        <FormAlert message={erase.formError} title={t('common.failed')} />
        {records.map((r, i) => (
          <EraseTarget
            key={recordKey(r)}
            record={r}
            index={i}
            scope={erase.scopes[recordKey(r)]}
            onScope={(scope) => erase.setScope(r, scope)}
            errors={erase.errors[`targets.${i}`]}
          />
        ))}
        <Textarea
          label={t('privacy.person.reason')}
          description={t('privacy.person.reasonHelp')}
          required
          autosize
          minRows={2}
          value={erase.reason}
          onChange={(e) => erase.changeReason(e.currentTarget.value)}
          error={erase.errors.reason?.[0]}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={erase.busy} onClick={() => void erase.submit()}>
            {t('privacy.person.eraseConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
