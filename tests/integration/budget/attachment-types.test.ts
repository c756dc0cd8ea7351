import { describe, expect, it } from 'vitest';
import { fails, fingerprint, ok } from '../../helpers';
import { admissible, budgetHouse, lbApplication } from './fixture';

// An attachment's name, its declared type and its first bytes must tell the same story: a "begroting.pdf" that
// is a Word file, or a "foto.png.exe", would open in the wrong program (or not at all) on the committee's screen.

const PDF = Buffer.from('%PDF-1.7\n% begroting\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const TEXT = Buffer.from('Naam;Bedrag\nTuin;120\n');

describe('attachment types', () => {
  it('accepts a file whose extension and first bytes match its type, and refuses a mismatch next to the field', async () => {
    const h = await budgetHouse();
    const applicationId = await admissible(h, lbApplication(h.lb.id));
    const add = (fileName: string, mimeType: string, bytes: Buffer) => ({
      applicationId,
      fileName,
      mimeType,
      contentBase64: bytes.toString('base64'),
    });
    for (const [name, type, bytes] of [
      ['begroting.PDF', 'application/pdf', PDF],
      ['foto.png', 'image/png', PNG],
      ['foto.jpeg', 'image/jpeg', JPEG],
      ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ZIP],
      ['oud plan.doc', 'application/msword', OLE],
      ['cijfers.xls', 'application/vnd.ms-excel', OLE],
      ['plan.odt', 'application/vnd.oasis.opendocument.text', ZIP],
      ['lijst.csv', 'text/csv', TEXT],
      ['brief.txt', 'text/plain', TEXT],
    ] as const)
      await ok(h.core, h.token, 'applications.addAttachment', add(name, type, bytes));

    const before = fingerprint(h.core.db);
    const wrongName = await fails(h.core, h.token, 'applications.addAttachment', add('foto.png.exe', 'image/png', PNG));
    expect(wrongName.code).toBe('VALIDATION');
    expect(wrongName.fieldErrors).toEqual({
      fileName: ['De naam van een png-afbeelding eindigt op .png. Kies het goede bestand of geef het de goede naam.'],
    });
    const noExtension = await fails(
      h.core,
      h.token,
      'applications.addAttachment',
      add('begroting', 'application/pdf', PDF),
    );
    expect(noExtension.fieldErrors?.fileName).toEqual([
      'De naam van een pdf-bestand eindigt op .pdf. Kies het goede bestand of geef het de goede naam.',
    ]);
    const wordAsPdf = await fails(
      h.core,
      h.token,
      'applications.addAttachment',
      add('plan.pdf', 'application/pdf', ZIP),
    );
    expect(wordAsPdf.fieldErrors).toEqual({
      contentBase64: ['Dit bestand is geen pdf-bestand, al heet het zo. Kies het goede bestand.'],
    });
    const binaryText = await fails(
      h.core,
      h.token,
      'applications.addAttachment',
      add('brief.txt', 'text/plain', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])),
    );
    expect(binaryText.fieldErrors?.contentBase64).toEqual([
      'Dit bestand is geen tekstbestand, al heet het zo. Kies het goede bestand.',
    ]);
    expect(fingerprint(h.core.db)).toBe(before);
  });
});
