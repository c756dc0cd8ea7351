import type { Db } from '../../../platform/database';
import { method } from '../../../contract/method';
import { ApiError } from '../../../platform/errors';
import { id } from '../../../contract/fields';
import { z } from '../../../contract/zod';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_INPUT_BYTES, attachmentInput } from '../schemas';
import { contentMatchesType } from './fileSignatures';
import { assertCanSee, statusOf, whoOf, type Who } from '../shared';
import type { Attachment } from './detail';
import { compose, msg } from '../../../platform/messages';

/** The files an application comes with, kept in the database. */

export function getAttachmentMeta(db: Db, attachmentId: number): Attachment & { applicationId: number } {
  const row = db
    .prepare(
      'SELECT id, application_id AS applicationId, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes, description, added_at AS addedAt, added_by AS addedBy FROM budget_attachments WHERE id = ?',
    )
    .get(attachmentId) as (Attachment & { applicationId: number }) | undefined;
  if (!row) throw new ApiError('NOT_FOUND', msg('Deze bijlage bestaat niet.', 'This attachment does not exist.'));
  return row;
}

export const MAX_ATTACHMENTS = 25;

export function addAttachment(db: Db, input: z.output<typeof attachmentInput>, who: Who): number {
  statusOf(db, input.applicationId);
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw ApiError.field('contentBase64', msg('Dit bestand is leeg.', 'This file is empty.'));
  if (content.length > ATTACHMENT_MAX_BYTES)
    throw ApiError.field(
      'contentBase64',
      compose((_, lang) => {
        const mb = (Math.ceil((content.length * 10) / 1024 / 1024) / 10).toFixed(1);
        return lang === 'nl'
          ? `Een bijlage mag hoogstens 10 MB zijn; dit bestand is ${mb.replace('.', ',')} MB.`
          : `An attachment may be at most 10 MB; this file is ${mb} MB.`;
      }),
    );
  if (!contentMatchesType(content, input.mimeType))
    throw ApiError.field(
      'contentBase64',
      compose((t, lang) =>
        lang === 'nl'
          ? `Dit bestand is geen ${t(ATTACHMENT_KINDS[input.mimeType].noun)}, al heet het zo. Kies het goede bestand.`
          : `This file is not a ${t(ATTACHMENT_KINDS[input.mimeType].noun)}, although it is named like one. Choose the right file.`,
      ),
    );
  const n = (
    db.prepare('SELECT count(*) AS n FROM budget_attachments WHERE application_id = ?').get(input.applicationId) as {
      n: number;
    }
  ).n;
  if (n >= MAX_ATTACHMENTS)
    throw ApiError.field(
      'contentBase64',
      msg(
        `Een aanvraag heeft hoogstens ${MAX_ATTACHMENTS} bijlagen.`,
        `An application has at most ${MAX_ATTACHMENTS} attachments.`,
      ),
    );
  return Number(
    db
      .prepare(
        'INSERT INTO budget_attachments (application_id, file_name, mime_type, size_bytes, description, content, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        input.applicationId,
        input.fileName,
        input.mimeType,
        content.length,
        input.description,
        content,
        who.at,
        who.name,
      ).lastInsertRowid,
  );
}

const READERS = ['beheerder', 'commissie'] as const;

export const budgetAttachmentMethods = {
  'applications.addAttachment': method({
    description:
      'Voegt een bijlage toe aan een aanvraag (pdf, afbeelding, tekst, Word, Excel of OpenDocument, hoogstens 10 MB, inhoud als base64). Wordt in de database bewaard.',
    access: ['beheerder'],
    mode: 'write',
    input: attachmentInput,
    maxInputBytes: ATTACHMENT_MAX_INPUT_BYTES,
    handler: (ctx, input) => {
      const attachmentId = addAttachment(ctx.db, input, whoOf(ctx));
      const meta = getAttachmentMeta(ctx.db, attachmentId);
      ctx.audit({
        entity: 'budget_applications',
        entityId: input.applicationId,
        summary: `Bijlage "${meta.fileName}" (${meta.mimeType}, ${meta.sizeBytes} bytes) toegevoegd`,
      });
      return meta;
    },
  }),
  'applications.attachment': method({
    description: 'De inhoud van één bijlage (base64), met naam, soort en grootte, om te openen of op te slaan.',
    access: READERS,
    mode: 'read',
    input: z.object({ id }),
    handler: (ctx, input) => {
      const { db } = ctx;
      const meta = getAttachmentMeta(db, input.id);
      assertCanSee(ctx, meta.applicationId);
      const { content } = db.prepare('SELECT content FROM budget_attachments WHERE id = ?').get(input.id) as {
        content: Buffer;
      };
      return { ...meta, contentBase64: content.toString('base64') };
    },
  }),
  'applications.removeAttachment': method({
    description: 'Verwijdert een bijlage.',
    access: ['beheerder'],
    mode: 'write',
    input: z.object({ id }),
    handler: ({ db, audit }, input) => {
      const meta = getAttachmentMeta(db, input.id);
      db.prepare('DELETE FROM budget_attachments WHERE id = ?').run(input.id);
      audit({
        entity: 'budget_applications',
        entityId: meta.applicationId,
        summary: `Bijlage "${meta.fileName}" verwijderd`,
      });
      return { id: input.id, applicationId: meta.applicationId };
    },
  }),
};
