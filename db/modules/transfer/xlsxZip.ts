import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';

/**
 * The zip container of an XLSX file, for the streaming import, read with yauzl from the bytes already in memory
 * (at most 5 MB): its central directory tells where each part is, so we read the parts in the order we need them
 * (workbook, styles, shared strings, then one sheet) instead of the order they were written in, and nothing is
 * unpacked to disk. Every part is inflated as a stream against one shared budget, so a small file that unpacks to
 * gigabytes (a zip bomb) stops at the budget instead of filling the memory.
 */

export class XlsxFormatError extends Error {}
export class XlsxTooLargeError extends Error {}

export type ZipEntry = Entry;

/** How many unpacked bytes all parts together may have; shared by the parts of one file. */
export class InflateBudget {
  constructor(public remaining: number) {}
  spend(n: number): void {
    this.remaining -= n;
    if (this.remaining < 0) throw new XlsxTooLargeError('budget');
  }
}

export interface XlsxZip {
  /** The parts by name. */
  entries: Map<string, ZipEntry>;
  /**
   * The text of one part, chunk by chunk, as it is inflated. Stopping early (a `break`, or an error while the
   * caller handles a chunk) destroys the stream, so the rest is never unpacked.
   */
  partText(entry: ZipEntry, budget: InflateBudget): AsyncGenerator<string>;
}

const formatError = (error: unknown) =>
  new XlsxFormatError(error instanceof Error ? error.message : 'geen zip-bestand');

export async function openZip(bytes: Buffer): Promise<XlsxZip> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, file) =>
      error ? reject(formatError(error)) : resolve(file),
    ),
  );
  const entries = await new Promise<Map<string, ZipEntry>>((resolve, reject) => {
    const found = new Map<string, ZipEntry>();
    zip.on('entry', (entry: Entry) => {
      found.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(found));
    zip.once('error', (error) => reject(formatError(error)));
    zip.readEntry();
  });
  return { entries, partText: (entry, budget) => partText(zip, entry, budget) };
}

async function* partText(zip: ZipFile, entry: ZipEntry, budget: InflateBudget): AsyncGenerator<string> {
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error ? reject(formatError(error)) : resolve(s))),
  );
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      budget.spend(chunk.length);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if (error instanceof XlsxTooLargeError) throw error;
    throw formatError(error);
  } finally {
    stream.destroy();
  }
  yield decoder.decode();
}
