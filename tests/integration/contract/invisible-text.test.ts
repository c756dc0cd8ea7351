import { describe, expect, it } from 'vitest';
import { isVisibleText, INVISIBLE_CHARACTER_MESSAGE } from '../../../db/contract/fields';
import { inLang } from '../../../db/platform/messages';
import { fails, fingerprint, ok, openCore, setUp } from '../../helpers';

// A right-to-left override makes "factuur\u202Efdp.exe" show as "factuurexe.pdf"; a zero-width space or a NUL
// makes "Bea Beheer" and "Bea\u200B Beheer" two people who look the same. The shared text fields refuse them,
// so every name, title and file name does; texts of several lines keep their tabs and newlines.

const HIDDEN = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u200B',
  '\u200E',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\uFEFF',
];

describe('invisible and control characters', () => {
  it('refuses them in one-line texts and allows only tab and newline in several lines', () => {
    for (const c of HIDDEN) {
      expect(isVisibleText(`Bea${c}Beheer`), JSON.stringify(c)).toBe(false);
      expect(isVisibleText(`Bea${c}Beheer`, true), JSON.stringify(c)).toBe(false);
    }
    expect(isVisibleText('Bea\nBeheer')).toBe(false);
    expect(isVisibleText('regel één\r\n\tregel twee', true)).toBe(true);
    expect(isVisibleText('Aïcha Ğül 李 🏠 ĳ')).toBe(true);
  });

  it('refuses them in names and file names through the API with a Dutch message at the field', async () => {
    const core = await openCore();
    const token = await setUp(core, true);
    const before = fingerprint(core.db);
    for (const c of HIDDEN) {
      const refused = await fails(core, token, 'volunteers.create', { name: `Bea${c}Beheer`, startDate: '2026-01-05' });
      expect(refused.code).toBe('VALIDATION');
      expect(refused.fieldErrors, JSON.stringify(c)).toEqual({ name: [inLang(INVISIBLE_CHARACTER_MESSAGE, 'nl')] });
    }
    const renter = await fails(core, token, 'renters.create', { name: 'Stichting \u202Eloog' });
    expect(renter.fieldErrors?.name).toEqual([inLang(INVISIBLE_CHARACTER_MESSAGE, 'nl')]);
    const importName = await fails(core, token, 'transfer.analyze', {
      kind: 'renters',
      fileName: 'huurders\u202Evsc.xlsx',
      contentBase64: Buffer.from('Naam\nA\n').toString('base64'),
    });
    expect(importName.fieldErrors?.fileName).toEqual([inLang(INVISIBLE_CHARACTER_MESSAGE, 'nl')]);
    const application = core.db.prepare('SELECT id FROM budget_applications ORDER BY id LIMIT 1').get() as {
      id: number;
    };
    const attachment = await fails(core, token, 'applications.addAttachment', {
      applicationId: application.id,
      fileName: 'begroting\u202Efdp.exe',
      mimeType: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4\n').toString('base64'),
    });
    expect(attachment.fieldErrors).toEqual({ fileName: [inLang(INVISIBLE_CHARACTER_MESSAGE, 'nl')] });
    expect(fingerprint(core.db)).toBe(before);

    const saved = await ok(core, token, 'volunteers.create', {
      name: 'Aïcha Ğül',
      startDate: '2026-01-05',
      notes: 'Eerste regel\nTweede regel\tmet tab',
    });
    expect(saved).toBeTruthy();
  });
});
