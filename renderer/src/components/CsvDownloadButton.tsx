import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { toCsv } from '../../../db/platform/csv';

export type CsvRow = (string | number | null)[];

/**
 * Saves text as a file the way a browser download does: a Blob behind a temporary <a download>.
 * Works the same from the web bridge and inside Electron, without a round trip to the core.
 */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
      onClick={() => downloadFile(fileName, toCsv(headers, rows()), 'text/csv;charset=utf-8')}
    >
      {label}
    </Button>
  );
}
