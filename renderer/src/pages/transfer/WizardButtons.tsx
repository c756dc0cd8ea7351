import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportWizardState, Step } from './useImportWizard';

/** Back, and the one way forward from each step: next, check, or import when the check found nothing wrong. */
export function WizardButtons({ wizard: w }: { wizard: ImportWizardState }) {
  const { t } = useTranslation();
  const { step, busy, report } = w;
  const canImport = report !== null && report.issues.length === 0 && report.created > 0;
  return (
    <Group justify="space-between" mt="md">
      <Button
        variant="default"
        leftSection={<IconArrowLeft size={16} aria-hidden />}
        disabled={step === 0 || busy}
        onClick={() => w.setStep((step - 1) as Step)}
      >
        {t('transfer.back')}
      </Button>
      <Group gap="sm">
        {step === 3 && (
          <Button variant="default" onClick={w.restart} disabled={busy}>
            {t('transfer.otherFile')}
          </Button>
        )}
        {step === 0 && (
          <Button
            disabled={!w.kind}
            onClick={() => w.setStep(1)}
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('transfer.next')}
          </Button>
        )}
        {step === 1 && (
          <Button
            disabled={!w.analysis}
            loading={busy}
            onClick={() => w.setStep(2)}
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('transfer.next')}
          </Button>
        )}
        {step === 2 && (
          <Button
            loading={busy}
            onClick={() => void w.preview()}
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('transfer.check')}
          </Button>
        )}
        {step === 3 && (
          <Button
            loading={busy}
            disabled={!canImport}
            onClick={() => void w.commit()}
            leftSection={<IconFileImport size={18} aria-hidden />}
          >
            {canImport ? t('transfer.import', { count: report.created }) : t('transfer.importBlocked')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
