import { describe, expect, it } from 'vitest';
import { inLang, isBilingual, madeMessages, msg, renderIn, textsOf } from '../../db/platform/messages';
import { DUTCH } from '../dutchWords';
import { safeParseIn, z } from '../../db/contract/zod';
import * as fields from '../../db/contract/fields';
import '../../db/modules/building/schemas';
import '../../db/modules/building/roomSchemas';
import '../../db/modules/bookings/schemas';
import '../../db/modules/system/schemas';
import '../../db/modules/transfer/schemas';
import '../../db/modules/accounts/schemas';
import '../../db/modules/attendance/schemas';
import '../../db/modules/privacy/schemas';
import '../../db/modules/budget/vocabulary';
import '../../db/modules/budget/amountSchemas';
import '../../db/modules/budget/roundSchemas';
import '../../db/modules/budget/applicationSchemas';
import '../../db/modules/budget/committeeSchemas';
import '../../db/modules/budget/grantSchemas';
import '../../db/modules/roster/schemas';
import '../../db/modules/beheer/schemas';

describe('messages in both languages', () => {
  it('has a Dutch and a different English text for every message made with msg', () => {
    const all = madeMessages();
    expect(all.length).toBeGreaterThan(30);
    for (const message of all) {
      const { nl, en } = textsOf(message);
      expect(nl.trim(), message).not.toBe('');
      expect(en.trim(), message).not.toBe('');
      expect(en, message).not.toBe(nl);
      expect(en, `${nl} → ${en}`).not.toMatch(DUTCH);
    }
  });

  it('picks one language, and keeps a Dutch-only message Dutch in both', () => {
    const m = msg('Kies een datum.', 'Choose a date.');
    expect(isBilingual(m)).toBe(true);
    expect(inLang(m, 'nl')).toBe('Kies een datum.');
    expect(inLang(m, 'en')).toBe('Choose a date.');
    expect(inLang('Alleen Nederlands.', 'en')).toBe('Alleen Nederlands.');
  });

  it('renders the msg texts inside a result, leaving the rest and what holds none untouched', () => {
    const plain = { a: [1, 'x', { b: null }], bytes: new Uint8Array([1]) };
    expect(renderIn(plain, 'en')).toBe(plain);
    const value = { list: [{ note: msg('Ja', 'Yes'), n: 1 }], keep: plain };
    const en = renderIn(value, 'en');
    expect(en).toEqual({ list: [{ note: 'Yes', n: 1 }], keep: plain });
    expect(en.keep).toBe(plain);
    expect(renderIn(value, 'nl').list[0]!.note).toBe('Ja');
    expect(isBilingual(value.list[0]!.note)).toBe(true);
  });

  it('renders every field builder’s refusals in English without a Dutch word, and in Dutch by default', () => {
    const label = msg('Naam', 'Name');
    const cases: [z.ZodType, unknown][] = [
      [fields.id, 'x'],
      [fields.requiredText(label, 5), ''],
      [fields.requiredText(label, 5), 'te lang hoor'],
      [fields.requiredText(label), 'a\u202Eb'],
      [fields.optionalText(label), 5],
      [fields.isoDate, 5],
      [fields.isoDate, '2026-1-1'],
      [fields.isoDate, '2026-02-30'],
      [fields.planDate, '1999-01-01'],
      [fields.planDateTime(), '2026-01-01 10:00'],
      [fields.planYear, 1999],
      [fields.planYear, 'x'],
      [fields.clockTime, '25:00'],
      [fields.optionalEmail, 'geen-adres'],
      [fields.optionalPhone, '12'],
      [fields.emptyInput, { extra: 1 }],
      [z.object({ kind: z.enum(['a', 'b']) }), { kind: 'c' }],
    ];
    for (const [schema, input] of cases) {
      const en = safeParseIn(schema, input, 'en');
      const nl = safeParseIn(schema, input, 'nl');
      expect(en.success, JSON.stringify(input)).toBe(false);
      for (const issue of en.error!.issues) {
        expect(isBilingual(issue.message)).toBe(false);
        expect(issue.message, JSON.stringify(input)).not.toMatch(DUTCH);
      }
      expect(nl.error!.issues.map((i) => i.message).join(' '), JSON.stringify(input)).not.toBe(
        en.error!.issues.map((i) => i.message).join(' '),
      );
    }
  });
});
