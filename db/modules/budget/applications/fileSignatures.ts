import type { ATTACHMENT_TYPES } from '../vocabulary';

/**
 * The first bytes each attachment type starts with, so a renamed program or a file of another kind is refused
 * even when its name and declared type agree. The zip-based office formats (docx, xlsx, odt, ods) share the zip
 * signature; telling them apart would mean reading the archive, and a wrong one of them does no harm in an
 * office program. Text has no signature: it must simply not be binary (no NUL byte, which no text file holds).
 */
const PDF = [[0x25, 0x50, 0x44, 0x46, 0x2d]]; // %PDF-
const ZIP = [[0x50, 0x4b, 0x03, 0x04]];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]; // the old Word and Excel files
const SIGNATURES: Record<(typeof ATTACHMENT_TYPES)[number], (number | null)[][] | 'text'> = {
  'application/pdf': PDF,
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/gif': [
    [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
    [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  ],
  // RIFF, four bytes of length, WEBP
  'image/webp': [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
  'text/plain': 'text',
  'text/csv': 'text',
  'application/msword': OLE,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.ms-excel': OLE,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
  'application/vnd.oasis.opendocument.text': ZIP,
  'application/vnd.oasis.opendocument.spreadsheet': ZIP,
};

/** Enough of a text file to see that it is binary, without scanning 10 MB. */
const TEXT_SNIFF_BYTES = 8192;

export function contentMatchesType(content: Buffer, mimeType: (typeof ATTACHMENT_TYPES)[number]): boolean {
  const signature = SIGNATURES[mimeType];
  if (signature === 'text') {
    // UTF-16 text (with its byte-order mark) holds NUL bytes by nature.
    const utf16 = (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
    return utf16 || !content.subarray(0, TEXT_SNIFF_BYTES).includes(0);
  }
  return signature.some((bytes) => bytes.every((b, i) => b === null || content[i] === b));
}
