import { Button, Stack, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PlainText } from '../../../components/PlainText';
import { PrintHeader } from '../../../components/PrintHeader';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { HouseSection, type Section } from './HouseSection';

/** The printed sheet for the notice board: the house's name on top, then the texts that are filled in. */
function HouseInfoPrint({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  return (
    <div className="print-only">
      <PrintHeader />
      {sections
        .filter((s) => s.text.trim())
        .map((s) => (
          <section key={s.topic} style={{ marginBottom: '6mm' }}>
            <Title order={2} size="h3" mb="xs">
              {t(`houseInfo.topics.${s.topic}`)}
            </Title>
            <PlainText text={s.text} />
          </section>
        ))}
    </div>
  );
}

export function HouseInfoPage() {
  const { t } = useTranslation();
  const { user } = useMe();
  const canEdit = user.role === 'beheerder';
  const info = useApi('house.info', {});
  return (
    <>
      <div className="screen-only">
        <PageHeader
          title={t('houseInfo.title')}
          description={canEdit ? t('houseInfo.intro') : t('houseInfo.introReadOnly')}
          actions={
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={() => window.print()}
            >
              {t('common.print')}
            </Button>
          }
        />
        <QueryState query={info}>
          {(sections) => (
            <Stack gap="lg" maw={900}>
              {sections.map((s) => (
                <HouseSection key={s.topic} section={s} canEdit={canEdit} onSaved={info.reload} />
              ))}
            </Stack>
          )}
        </QueryState>
      </div>
      {info.data && <HouseInfoPrint sections={info.data} />}
    </>
  );
}
