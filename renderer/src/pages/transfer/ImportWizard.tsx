import { Card, Group, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { ImportDone } from './ImportDone';
import { ImportSteps } from './ImportSteps';
import { useImportWizard } from './useImportWizard';
import { WizardButtons } from './WizardButtons';

/** Refusals about these fields show next to them in their step; any other goes above the buttons. */
const PLACED = ['contentBase64', 'fileName', 'sheet', 'mapping'];

/**
 * The import in four steps: kind → file → columns → check and import. The core keeps nothing
 * between calls, so the file travels with each call; only the last one writes, all or nothing.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const { done, error, step } = wizard;
  const placed = Object.keys(wizard.fieldErrors).some((k) => PLACED.includes(k) || k.startsWith('mapping.'));

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="import-title">
      <Group gap="sm" mb="xs">
        <IconFileImport aria-hidden />
        <Title order={2} size="h3" id="import-title">
          {t('transfer.importTitle')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('transfer.importIntro')}
      </Text>
      <QueryState query={wizard.kinds}>
        {(list) =>
          done ? (
            <ImportDone done={done} onAgain={wizard.restart} />
          ) : (
            <>
              <ImportSteps wizard={wizard} kinds={list} />
              {!placed && (
                <FormAlert message={error?.message} title={step === 3 ? t('transfer.notImported') : undefined} />
              )}
              <WizardButtons wizard={wizard} />
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
