import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface OffsetPagerProps {
  /** Where the shown page starts (0 for the first) and how many rows it shows. */
  offset: number;
  shown: number;
  pageSize: number;
  /** Whether the core has rows after this page. */
  more: boolean;
  onOffset: (offset: number) => void;
  /** What the rows are, for the range: "Huurders 51–100". */
  label: string;
}

/**
 * A list the core sends a page at a time (it never counts all rows): which rows are shown, and the way to the
 * previous and next page. Hidden when everything fits on the first page.
 */
export function OffsetPager({ offset, shown, pageSize, more, onOffset, label }: OffsetPagerProps) {
  const { t } = useTranslation();
  if (offset === 0 && !more) return null;
  return (
    <Group justify="space-between" className="no-print">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.pageRange', { label, from: shown ? offset + 1 : offset, to: offset + shown })}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={16} aria-hidden />}
          disabled={offset === 0}
          onClick={() => onOffset(Math.max(0, offset - pageSize))}
        >
          {t('common.previousPage')}
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          disabled={!more}
          onClick={() => onOffset(offset + pageSize)}
        >
          {t('common.nextPage')}
        </Button>
      </Group>
    </Group>
  );
}
