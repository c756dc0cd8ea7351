import type { Db } from '../../platform/database';
import type { Clock } from '../../platform/clock';
import type { Lang } from '../../platform/messages';
import type { DocumentKind, PdfRenderer } from '../../platform/services';
import { documentData } from './documents';
import type { DocumentParams } from './outbox';

/** There is no PDF renderer in this program (a test house without services): the message waits. */
export class MissingPdfRenderer extends Error {}

interface AttachmentRow {
  id: number;
  filename: string;
  contentType: string;
  content: Buffer | null;
  documentKind: DocumentKind | null;
  documentId: number | null;
  documentParams: string | null;
}

/**
 * The message's attachments as nodemailer takes them. A document of the house is rendered to PDF the first time
 * and the bytes are kept in the row, so every later attempt and a resend carry exactly the same file.
 */
export async function attachmentsFor(
  db: Db,
  messageId: number,
  language: Lang,
  pdf: PdfRenderer | undefined,
  clock: Clock,
): Promise<{ filename: string; contentType: string; content: Buffer }[]> {
  const rows = db
    .prepare(
      `SELECT id, filename, content_type AS contentType, content, document_kind AS documentKind,
         document_id AS documentId, document_params AS documentParams FROM mail_attachments WHERE message_id = ? ORDER BY id`,
    )
    .all(messageId) as AttachmentRow[];
  const out = [];
  for (const row of rows) {
    let content = row.content;
    if (content === null) {
      if (!pdf) throw new MissingPdfRenderer();
      const data = documentData(db, row.documentKind!, row.documentId!, language, {
        clock,
        ...(row.documentParams ? (JSON.parse(row.documentParams) as DocumentParams) : {}),
      });
      content = Buffer.from(await pdf.render({ kind: row.documentKind!, data, language }));
      db.prepare('UPDATE mail_attachments SET content = ? WHERE id = ? AND content IS NULL').run(content, row.id);
    }
    out.push({ filename: row.filename, contentType: row.contentType, content });
  }
  return out;
}
