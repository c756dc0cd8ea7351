import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../db/contract/dispatch';
import { startBridge } from '../../../bridge/server';
import { LANGUAGE_HEADER } from '../../../db/contract/transport';
import { openCore, setUp, tempDir } from '../../helpers';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiErrorBody } from '../../../db/platform/errors';

/** Issue 18: the same invalid input answers in the caller's language, from the core's own and zod's messages. */
describe('messages follow the caller’s language', () => {
  const invalidClosure = { startDate: '2026-02-30', endDate: 'morgen', reason: '' };

  async function refusal(lang: 'nl' | 'en', input: unknown, method = 'closures.create') {
    const core = await openCore();
    const token = await setUp(core);
    const result = await dispatch(core, method, input, token, 'test', lang);
    expect(result.ok).toBe(false);
    return (result as { error: ApiErrorBody }).error;
  }

  it('gives Dutch with lang nl and English with lang en for the same invalid input', async () => {
    const nl = await refusal('nl', invalidClosure);
    const en = await refusal('en', invalidClosure);
    expect(nl.code).toBe('VALIDATION');
    expect(en.fieldErrors).toHaveProperty('startDate');
    expect(Object.keys(en.fieldErrors)).toEqual(Object.keys(nl.fieldErrors));
    expect(nl.fieldErrors.startDate).toEqual(['Deze datum bestaat niet.']);
    expect(en.fieldErrors.startDate).toEqual(['This date does not exist.']);
    expect(nl.fieldErrors.endDate).toEqual(['Vul een datum in als JJJJ-MM-DD.']);
    expect(en.fieldErrors.endDate).toEqual(['Fill in a date as YYYY-MM-DD.']);
    expect(nl.message).toMatch(/^Controleer de invoer: /);
    expect(en.message).toMatch(/^Check the input: /);
    expect(en.fieldErrors.reason).toEqual(['Reason is required.']);
  });

  it('renders zod’s own messages in the caller’s language too', async () => {
    const nl = await refusal('nl', { startDate: 5, endDate: '2026-01-01', reason: 'x' });
    const en = await refusal('en', { startDate: 5, endDate: '2026-01-01', reason: 'x' });
    expect(nl.fieldErrors.startDate).toEqual(['Vul een datum in.']);
    expect(en.fieldErrors.startDate).toEqual(['Fill in a date.']);
    const nlId = await refusal('nl', { id: 'x' }, 'closures.delete');
    const enId = await refusal('en', { id: 'x' }, 'closures.delete');
    expect(nlId.fieldErrors.id).toEqual(['Kies een geldig item.']);
    expect(enId.fieldErrors.id).toEqual(['Choose a valid item.']);
  });

  it('answers a missing session in the caller’s language, and Dutch when no language is given', async () => {
    const core = await openCore();
    await setUp(core);
    const en = await dispatch(core, 'rooms.list', {}, null, 'test', 'en');
    const nl = await dispatch(core, 'rooms.list', {}, null);
    expect(!en.ok && en.error.message).toBe('You are not signed in (any more). Please sign in again.');
    expect(!nl.ok && nl.error.message).toBe('Je bent niet (meer) ingelogd. Log opnieuw in.');
  });

  it('takes the language from the web bridge’s header', async () => {
    const core = await openCore();
    const staticDir = join(tempDir(), 'renderer') + '/';
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wijkhuis</title>');
    const bridge = await startBridge(core, { staticDir });
    try {
      const ask = async (lang?: string) => {
        const res = await fetch(`${bridge.url}/api/rooms.list`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(lang ? { [LANGUAGE_HEADER]: lang } : {}) },
          body: '{}',
        });
        return ((await res.json()) as ApiErrorBody).message;
      };
      expect(await ask('en')).toMatch(/^You are not signed in/);
      expect(await ask('nl')).toMatch(/^Je bent niet/);
      expect(await ask('fr')).toMatch(/^Je bent niet/);
      expect(await ask()).toMatch(/^Je bent niet/);
    } finally {
      await bridge.close();
    }
  });

  it('renders the texts a handler returns (the committee’s rules) in the caller’s language', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const nl = await dispatch(core, 'committee.rules', {}, token, 'test', 'nl');
    const en = await dispatch(core, 'committee.rules', {}, token, 'test', 'en');
    const text = (r: typeof nl) => (r as { value: { text: Record<string, string> } }).value.text;
    expect(text(nl).majority).toMatch(/^Een voorstel is aangenomen/);
    expect(text(en).majority).toMatch(/^A proposal is carried/);
    expect(text(en).quorum).toMatch(/^Quorum: (at least|more than)/);
    expect(JSON.stringify(text(nl)) + JSON.stringify(text(en))).not.toContain('\u001f');
  });
});
