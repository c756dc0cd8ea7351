import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIT_PAGE_SIZE } from './useAuditLog';

/** Which entries of how many are shown, and the pages when there is more than one. */
export function AuditPager({ page, total, onPage }: { page: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('audit.range', {
          from: (page - 1) * AUDIT_PAGE_SIZE + 1,
          to: Math.min(page * AUDIT_PAGE_SIZE, total),
          total,
        })}
      </Text>
      {total > AUDIT_PAGE_SIZE && (
        <Pagination
          total={Math.ceil(total / AUDIT_PAGE_SIZE)}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`audit.page.${control}`) })}
          getItemProps={(n) => ({ 'aria-label': t('audit.page.number', { n }) })}
        />
      )}
    </Group>
  );
}
