import { ActionIcon, Button, FileInput, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES } from '../../../../../db/modules/budget/schemas';
import { z } from '../../../../../db/contract/zod';
import { call } from '../../../api/client';
import { FormAlert } from '../../../components/FormAlert';
import { SectionCard } from '../../../components/SectionCard';
import { useAction } from '../../../hooks/useAction';
import { useApiForm } from '../../../hooks/useApiForm';
import { useFormat } from '../../../hooks/useFormat';
import { readAsBase64, saveFile } from '../../../components/saveFile';
import type { Application } from './applicationForm';

interface Values {
  file: File | null;
  description: string;
}

/** The application's attachments, stored in the database: upload (within the size limit), download, remove. */
export function Attachments({
  application: a,
  canEdit,
  onSaved,
}: {
  application: Application;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const action = useAction();
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

  const download = (id: number) =>
    action.run(`get${id}`, async () => {
      const file = await call('applications.attachment', { id });
      saveFile(file.fileName, { base64: file.contentBase64 }, file.mimeType);
    });
  const remove = (id: number, name: string) =>
    action.run(
      `del${id}`,
      async () => {
        await call('applications.removeAttachment', { id });
        onSaved();
      },
      t('applications.attachmentRemoved', { name }),
    );

  return (
    <SectionCard title={t('applications.attachments')} icon={<IconPaperclip aria-hidden />}>
      <Stack gap="sm">
        {a.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('applications.noAttachments')}
          </Text>
        ) : (
          <Table aria-label={t('applications.attachments')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.fileName')}</Table.Th>
                <Table.Th scope="col">{t('applications.attachmentDescription')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('applications.fileSize')}
                </Table.Th>
                <Table.Th scope="col">{t('applications.addedBy')}</Table.Th>
                <Table.Th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.attachments.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>{x.fileName}</Table.Td>
                  <Table.Td>{x.description}</Table.Td>
                  <Table.Td ta="right">{f.fileSize(x.sizeBytes)}</Table.Td>
                  <Table.Td>{`${x.addedBy}, ${f.wallClock(x.addedAt)}`}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('applications.download', { name: x.fileName })}
                        loading={action.busy === `get${x.id}`}
                        onClick={() => download(x.id)}
                      >
                        <IconDownload size={18} aria-hidden />
                      </ActionIcon>
                      {canEdit && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('applications.removeAttachment', { name: x.fileName })}
                          loading={action.busy === `del${x.id}`}
                          onClick={() => remove(x.id, x.fileName)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
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
        )}
      </Stack>
    </SectionCard>
  );
}
