import { Button, FileInput, Group, Stack, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES } from '../../../../../db/modules/budget/schemas';
import { z } from '../../../../../db/contract/zod';
import { call } from '../../../api/client';
import { FormAlert } from '../../../components/FormAlert';
import { readAsBase64 } from '../../../components/saveFile';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

interface Values {
  file: File | null;
  description: string;
}

/** A file to add, with a description; too big a file is refused before it is read. */
export function AttachmentUpload({ application: a, onSaved }: { application: Application; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { form, handleSubmit, formError, submitting } = useApiForm<Values, Values>({
    initialValues: { file: null, description: '' },
    schema: z.object({ file: z.instanceof(File, { message: t('applications.chooseFile') }) }),
    // Checked before reading the file, so a 200 MB video is refused at once instead of being read first.
    check: (v) =>
      v.file && v.file.size > ATTACHMENT_MAX_BYTES
        ? { file: t('applications.fileTooBig', { size: f.fileSize(v.file.size) }) }
        : {},
    submit: async ({ file, description }) =>
      call('applications.addAttachment', {
        applicationId: a.id,
        fileName: file!.name,
        mimeType: file!.type as never,
        description,
        contentBase64: await readAsBase64(file!),
      }),
    aliases: { contentBase64: 'file', fileName: 'file', mimeType: 'file' },
    successMessage: t('applications.attachmentAdded'),
    onSuccess: () => {
      form.reset();
      onSaved();
    },
  });
  return (
    <form onSubmit={handleSubmit} noValidate className="no-print">
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Group align="flex-end" wrap="wrap">
          <FileInput
            w={300}
            label={t('applications.addAttachment')}
            description={t('applications.attachmentHelp')}
            placeholder={t('applications.chooseFile')}
            leftSection={<IconPaperclip size={16} aria-hidden />}
            clearable
            {...form.getInputProps('file')}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            label={t('applications.attachmentDescription')}
            {...form.getInputProps('description')}
          />
          <Button type="submit" loading={submitting}>
            {t('applications.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
