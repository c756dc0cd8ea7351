import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PrintHeader } from '../../../components/PrintHeader';
import { useFormat } from '../../../hooks/useFormat';
import type { PersonExport } from '../privacyTypes';
import { AccessRecord } from './AccessRecord';

/** The readable answer to an inzageverzoek: the same data as the JSON export, laid out to print or save as PDF. */
export function AccessDocument({ data, onBack }: { data: PersonExport; onBack: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();

  return (
    <Stack gap="lg">
      <Group className="no-print">
        <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={onBack}>
          {t('privacy.person.document.back')}
        </Button>
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </Group>
      <article aria-labelledby="access-title">
        <PrintHeader />
        <Title order={2} id="access-title" mb="xs">
          {t('privacy.person.document.title')}
        </Title>
        <Text mb="xs">
          {t('privacy.person.document.lead', {
            house: data.house,
            query: data.query,
            date: f.date(data.generatedAt.slice(0, 10)),
          })}
        </Text>
        <Text size="sm" mb="lg">
          {t('privacy.person.document.rights')}
        </Text>
        {data.records.map((r) => (
          <AccessRecord key={`${r.type}:${r.id}`} record={r} />
        ))}
      </article>
    </Stack>
  );
}
