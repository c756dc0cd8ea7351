import { FileInput, Text } from '@mantine/core';
import { IconFileDatabase } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../../../api/client';
import { z } from '../../../../../db/contract/zod';
import { FormModal } from '../../../components/FormModal';
import { useApiForm } from '../../../hooks/useApiForm';

type Restored = Output<'backups.restore'>;

/** The file as base64 without the "data:…;base64," prefix, as backups.restore takes it. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * Restore from a file chosen on this computer. The method's schema checks the bytes, which exist
 * only after reading, so the form itself only checks that a file was chosen.
 */
export function UploadRestoreModal({
  onClose,
  onRestored,
}: {
  onClose: () => void;
  onRestored: (r: Restored) => void;
}) {
  const { t } = useTranslation();
  const { form, handleSubmit, formError, submitting } = useApiForm<
    { file: File | null },
    { file: File | null },
    Restored
  >({
    initialValues: { file: null },
    schema: z.object({ file: z.instanceof(File, { message: t('backups.chooseFile') }) }),
    submit: async ({ file }) =>
      call('backups.restore', { source: 'upload', fileName: file!.name, dataBase64: await readAsBase64(file!) }),
    aliases: { dataBase64: 'file', fileName: 'file', name: 'file' },
    onSuccess: (r) => {
      onRestored(r);
      onClose();
    },
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('backups.uploadTitle')}
      onSubmit={handleSubmit}
      submitting={submitting}
      formError={formError}
      submitLabel={t('backups.uploadSubmit')}
      size="md"
    >
      <Text size="sm">{t('backups.restoreExplain')}</Text>
      <FileInput
        label={t('backups.file')}
        description={t('backups.fileHelp')}
        placeholder={t('backups.filePlaceholder')}
        accept=".sqlite,.db,.sqlite3,application/vnd.sqlite3,application/x-sqlite3"
        leftSection={<IconFileDatabase size={18} aria-hidden />}
        clearable
        clearButtonProps={{ 'aria-label': t('backups.clearFile') }}
        required
        {...form.getInputProps('file')}
      />
    </FormModal>
  );
}
