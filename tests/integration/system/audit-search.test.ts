import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { ok, openCore, setUp } from '../../helpers';
import { methodsLabelled } from '../../../renderer/src/pages/system/audit/entities';
import nl from '../../../renderer/src/i18n/system.nl.json';
import en from '../../../renderer/src/i18n/system.en.json';

// Issue 18: the audit log's search found "settings.update" but not "Instellingen wijzigen", the words on screen.

async function translator(lng: 'nl' | 'en') {
  const t = i18next.createInstance();
  await t.init({ lng, resources: { nl: { translation: nl }, en: { translation: en } }, initAsync: false });
  return t.t.bind(t);
}

describe('searching the audit log', () => {
  it('finds rows by the label of what was done, in the screen’s language, as well as by their summary', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'settings.update', { lockMinutes: 45 });
    const nlT = await translator('nl');
    const label = nlT('audit.methods.settings.update' as never) as string;
    expect(label).not.toBe('audit.methods.settings.update');

    const word = label.split(' ')[0]!.toLowerCase();
    const methods = methodsLabelled(nlT as never, word);
    expect(methods).toContain('settings.update');
    const found = await ok(core, token, 'audit.list', { text: word, textMethods: methods });
    expect(found.rows.map((r: { method: string }) => r.method)).toContain('settings.update');
    // Without the labels, the core alone cannot know the word (the summary says something else).
    const bare = await ok(core, token, 'audit.list', { text: word });
    expect(bare.rows.length).toBeLessThan(found.rows.length);

    const enT = await translator('en');
    const enLabel = enT('audit.methods.settings.update' as never) as string;
    expect(methodsLabelled(enT as never, enLabel)).toContain('settings.update');
  });
});
