import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/src/api/client';
import { FORM_ERROR, applyApiError, fieldPathFor, zodValidate } from '../../renderer/src/forms';
import { roomInput } from '../../db/modules/building/roomSchemas';
import { setHoursInput } from '../../db/modules/building/schemas';

const room = {
  name: 'Zaal',
  layouts: [{ layout: 'theater', capacity: 0 }],
  facilities: ['beamer', ''],
  changeoverMinutes: -5,
};

function fakeForm<V>(values: V) {
  let errors: Record<string, unknown> = {};
  return {
    getValues: () => values,
    setErrors: (e: unknown) => (errors = e as Record<string, unknown>),
    errors: () => errors,
  };
}

describe('forms helper', () => {
  it('finds the field a control is bound to', () => {
    expect(fieldPathFor(room, ['layouts', 0, 'capacity'])).toBe('layouts.0.capacity');
    expect(fieldPathFor(room, ['facilities', 1])).toBe('facilities');
    expect(fieldPathFor(room, ['layouts'])).toBe('layouts');
    expect(fieldPathFor(room, ['nonsense'])).toBeNull();
    expect(fieldPathFor(room, [])).toBeNull();
  });

  it("validates with the core's own schema and Dutch messages, keyed by dotted path", () => {
    const errors = zodValidate(roomInput)(room);
    expect(errors['layouts.0.capacity']).toBe('Minstens 1 persoon.');
    expect(errors.changeoverMinutes).toBe('De tijd tussen boekingen kan niet negatief zijn.');
    expect(errors.facilities).toBe('Voorziening is verplicht.');
    expect(errors[FORM_ERROR]).toBeUndefined();
  });

  it('reports overlapping and reversed time slots on the right box', () => {
    const values = {
      kind: 'open',
      intervals: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '10:00' },
      ],
    };
    const errors = zodValidate(setHoursInput)(values);
    expect(errors['intervals.1.end']).toBe('De eindtijd moet na de begintijd liggen.');
  });

  it("puts the core's field errors next to the fields, and the rest above the form", () => {
    const form = fakeForm({ name: 'Zaal', layouts: [{ layout: 'a', capacity: 1 }] });
    const matched = new ApiCallError({
      code: 'VALIDATION',
      message: 'Controleer de invoer',
      fieldErrors: {
        name: ['Er is al een ruimte met deze naam.'],
        'layouts.0.layout': ['Deze opstelling staat er al.'],
      },
    });
    expect(applyApiError(form, matched)).toBeNull();
    expect(form.errors()).toEqual({
      name: 'Er is al een ruimte met deze naam.',
      'layouts.0.layout': 'Deze opstelling staat er al.',
    });

    const general = new ApiCallError({
      code: 'ACCOUNT_LOCKED',
      message: 'Te veel mislukte pogingen.',
      fieldErrors: {},
    });
    expect(applyApiError(form, general)).toBe('Te veel mislukte pogingen.');

    const upload = new ApiCallError({
      code: 'VALIDATION',
      message: 'x',
      fieldErrors: { dataBase64: ['Kies een bestand.'] },
    });
    const fileForm = fakeForm({ file: null });
    expect(applyApiError(fileForm, upload, { dataBase64: 'file' })).toBeNull();
    expect(fileForm.errors()).toEqual({ file: 'Kies een bestand.' });
  });
});
