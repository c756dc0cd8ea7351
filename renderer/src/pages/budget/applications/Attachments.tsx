import { Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import type { Application } from './applicationForm';
import { AttachmentTable } from './AttachmentTable';
import { AttachmentUpload } from './AttachmentUpload';

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
  return (
    <SectionCard title={t('applications.attachments')} icon={<IconPaperclip aria-hidden />}>
      <Stack gap="sm">
        {a.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('applications.noAttachments')}
          </Text>
        ) : (
          <AttachmentTable attachments={a.attachments} canEdit={canEdit} onSaved={onSaved} />
        )}
        {canEdit && <AttachmentUpload application={a} onSaved={onSaved} />}
      </Stack>
    </SectionCard>
  );
}
