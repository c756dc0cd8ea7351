import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifySuccess } from '../../../notify';
import type { TemplateView } from './types';

/** "Terug naar de standaardtekst", asked first: the own wording of both languages goes. */
export function ResetTemplate({ template, onDone }: { template: TemplateView; onDone: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        w="fit-content"
        leftSection={<IconRestore size={16} aria-hidden />}
        onClick={() => setAsking(true)}
      >
        {t('mail.templates.reset')}
      </Button>
      <ConfirmModal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('mail.templates.reset')}
        confirmLabel={t('mail.templates.reset')}
        onConfirm={async () => {
          await call('templates.reset', { key: template.key });
          notifySuccess(t('mail.templates.resetDone', { title: template.title }));
          onDone();
        }}
      >
        {t('mail.templates.resetConfirm', { title: template.title })}
      </ConfirmModal>
    </>
  );
}
