import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Above a document: back to where it came from, and print (or save as pdf through the print dialog). */
export function PrintBar({ back, backLabel, children }: { back: string; backLabel: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" className="no-print" mb="md">
      <Button component={Link} to={back} variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />}>
        {backLabel}
      </Button>
      <Group gap="sm">
        {children}
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('meetings.doc.print')}
        </Button>
      </Group>
    </Group>
  );
}
