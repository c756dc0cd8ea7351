import { Alert, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { IssuesTable } from './IssuesTable';
import { useNoun } from './useNoun';
import type { Report } from './types';

interface PreviewStepProps {
  report: Report;
  skipDuplicates: boolean;
  onSkipDuplicates: (skip: boolean) => void;
}

/** Step 4: what the import would do, and every row that stops it. */
export function PreviewStep({ report, skipDuplicates, onSkipDuplicates }: PreviewStepProps) {
  const { t } = useTranslation();
  const noun = useNoun()(report.kind, report.created);
  const hasDuplicates = report.skipped > 0 || report.issues.some((i) => i.duplicate);
  const errorRows = new Set(report.issues.map((i) => i.row)).size;
  return (
    <Stack gap="md">
      <Group gap="xl" role="status">
        <Text>{t('transfer.preview.read', { count: report.rows })}</Text>
        <Text fw={600}>
          {report.issues.length
            ? t('transfer.preview.okRows', { count: report.created })
            : t('transfer.preview.willCreate', { count: report.created, noun })}
        </Text>
        {report.skipped > 0 && <Text>{t('transfer.preview.skipped', { count: report.skipped })}</Text>}
      </Group>
      {hasDuplicates && (
        <Checkbox
          label={t('transfer.preview.skipDuplicates')}
          description={t('transfer.preview.skipDuplicatesHelp')}
          checked={skipDuplicates}
          onChange={(e) => onSkipDuplicates(e.currentTarget.checked)}
        />
      )}
      {report.issues.length > 0 ? (
        <>
          <FormAlert
            message={t('transfer.preview.errorsHelp')}
            title={t('transfer.preview.errorsTitle', { count: errorRows })}
          />
          <IssuesTable issues={report.issues} label={t('transfer.preview.issuesTable')} />
        </>
      ) : (
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('transfer.preview.cleanTitle')}
        >
          {t('transfer.preview.cleanHelp')}
        </Alert>
      )}
      {report.skippedRows.length > 0 && (
        <IssuesTable issues={report.skippedRows} label={t('transfer.preview.skippedTable')} />
      )}
    </Stack>
  );
}
