import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session/SessionContext';
import { ImportWizard } from './ImportWizard';
import { ExportSection } from './ExportSection';

export function TransferPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  return (
    <>
      <PageHeader
        title={t('transfer.title')}
        description={user.role === 'beheerder' ? t('transfer.intro') : t('transfer.introImportOnly')}
      />
      <Stack gap="lg">
        <ImportWizard />
        {user.role === 'beheerder' && <ExportSection />}
      </Stack>
    </>
  );
}
