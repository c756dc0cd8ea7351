import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers';

/** The built renderer, whose document.html the PDF renderers print. */
export const RENDERER_DIR = join(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');

/** pdftotext's text with every run of spaces (and the no-break space Intl puts in '€ 12,50') as one space. */
export function pdfText(bytes: Uint8Array): string {
  const file = join(tempDir('wijkhuis-pdf-'), 'document.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Pages, and the first page's shape: A4 (595 × 842 points, give or take Chromium's rounding to pixels) or not. */
export function pdfInfo(bytes: Uint8Array): { pages: number; paper: 'A4 staand' | 'A4 liggend' | string } {
  const file = join(tempDir('wijkhuis-pdf-'), 'document.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
  const near = (a = 0, b: number) => Math.abs(a - b) < 2;
  const paper =
    near(width, 595.3) && near(height, 841.9)
      ? 'A4 staand'
      : near(width, 841.9) && near(height, 595.3)
        ? 'A4 liggend'
        : `${width} x ${height}`;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), paper };
}

/** A text as pdftotext gives it back: every run of spaces one space. */
export const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
