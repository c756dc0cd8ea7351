import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { toCsv } from '../../../db/platform/csv';
import { saveFile } from './saveFile';

export type CsvRow = (string | number | null)[];

interface CsvDownloadButtonProps {
  label: string;
  /** The full name for screen readers when a page has more than one download ("Bezettingsgraad als CSV downloaden"). */
  ariaLabel?: string;
  fileName: string;
  headers: string[];
  /** Built on click only, so a big table costs nothing until someone asks for it. */
  rows: () => CsvRow[];
  disabled?: boolean;
}

/** A table as semicolon CSV that Dutch Excel opens in columns (see db/csv.ts). */
export function CsvDownloadButton({ label, ariaLabel, fileName, headers, rows, disabled }: CsvDownloadButtonProps) {
  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconDownload size={18} aria-hidden />}
      disabled={disabled}
      aria-label={ariaLabel}
      onClick={() => saveFile(fileName, { text: toCsv(headers, rows()) }, 'text/csv;charset=utf-8')}
    >
      {label}
    </Button>
  );
}
