import { ActionIcon, Group, Table } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { saveFile } from '../../../components/saveFile';
import { useAction } from '../../../hooks/useAction';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

type Attachment = Application['attachments'][number];

function AttachmentHead() {
  const { t } = useTranslation();
  return (
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
  );
}

/** The stored files: name, description, size and who added them; download, and remove for the beheerder. */
export function AttachmentTable({
  attachments,
  canEdit,
  onSaved,
}: {
  attachments: Attachment[];
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const action = useAction();
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

  // A refused removal or download shows under the table, where the user clicked.
  return (
    <>
      <Table aria-label={t('applications.attachments')}>
        <AttachmentHead />
        <Table.Tbody>
          {attachments.map((x) => (
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
      {action.alert}
    </>
  );
}
