import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ok } from '../../helpers';
import { testClock } from '../../clock';
import { runVolunteerMail } from '../../../db/modules/roster/mailNotices';
import { outbox, volunteersHouse } from './volunteersHouse';

describe('mail and privacy', () => {
  it('lists mail in the register, exports the mails sent to a person, and erasure leaves no address or body', async () => {
    const { core, token, day, volunteer, shift, assign } = await volunteersHouse();
    const anna = await volunteer('Anna Privé', 'anna.prive@example.nl');
    const bert = await volunteer('Bert', 'bert@example.nl');
    await ok(core, token, 'mail.setChoices', {
      personKind: 'vrijwilliger',
      personId: anna.id,
      language: 'nl',
      reminders: true,
    });
    const past = await shift('Bar eerder', day(-3), '09:00', '12:00');
    const tomorrow = await shift('Bar morgen', day(1), '09:00', '12:00');
    await assign(past.id, anna.id);
    await assign(tomorrow.id, bert.id);
    await ok(core, token, 'mail.rosterSend', { from: day(-5), to: day(2) });
    await ok(core, token, 'mail.groupSend', {
      audience: 'vrijwilligers',
      subject: 'Nieuwjaarsborrel',
      text: 'Kom je ook?',
    });
    runVolunteerMail(core.db, testClock());
    core.db
      .prepare("UPDATE mail_messages SET state = 'verstuurd', sent_at = created_at WHERE reason = 'rooster.mailen'")
      .run();

    const register = await ok(core, token, 'privacy.register');
    expect(register.find((r: { kind: string }) => r.kind === 'email')).toMatchObject({ months: null });

    const exported = await ok(core, token, 'privacy.export', { targets: [{ type: 'vrijwilliger', id: anna.id }] });
    const mails = exported.records[0].related.e_mails;
    expect(mails.map((m: { onderwerp: string; status: string }) => [m.onderwerp, m.status])).toEqual([
      [expect.stringMatching(/^Je rooster /), 'verstuurd'],
      ['Nieuwjaarsborrel', 'wacht'],
    ]);
    expect(mails[0].tekst).toContain('Bar eerder');
    expect(mails[0].verstuurd_op).toMatch(/^\d{4}-/);
    expect(mails[0].bijlagen).toEqual(['rooster.ics', 'rooster.pdf']);
    expect(exported.records[0].related.e_mailkeuzes).toEqual([
      expect.objectContaining({ taal: 'nl', herinneringen: 1, vastgelegd_door: 'Bea Beheer' }),
    ]);

    const count = outbox(core).length;
    const bertsBefore = outbox(core).filter((r) => r.to_address === 'bert@example.nl');
    await ok(core, token, 'privacy.erase', {
      targets: [{ type: 'vrijwilliger', id: anna.id, scope: 'volledig' }],
      reason: 'Verzoek van Anna',
    });
    const rows = outbox(core);
    expect(rows).toHaveLength(count);
    const annas = rows.filter((r) => r.person_kind === 'vrijwilliger' && r.person_id === anna.id);
    expect(annas).toHaveLength(2);
    for (const r of annas) {
      expect(r).toMatchObject({
        to_address: '',
        to_name: '',
        subject: 'Gewist (privacy)',
        text_body: 'Gewist (privacy)',
        html_body: '',
      });
      expect(r.erased_at).not.toBeNull();
    }
    expect(annas.map((r) => r.state)).toEqual(['verstuurd', 'geannuleerd']);
    expect(
      core.db
        .prepare(
          'SELECT count(*) AS n FROM mail_attachments m JOIN mail_messages o ON o.id = m.message_id WHERE o.person_id = ? AND o.person_kind = ?',
        )
        .get(anna.id, 'vrijwilliger'),
    ).toEqual({ n: 0 });
    expect(
      core.db
        .prepare("SELECT count(*) AS n FROM mail_choices WHERE person_kind = 'vrijwilliger' AND person_id = ?")
        .get(anna.id),
    ).toEqual({ n: 0 });
    // Others keep theirs.
    expect(outbox(core).filter((r) => r.to_address === 'bert@example.nl')).toEqual(bertsBefore);

    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.db.exec('VACUUM');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(core.db.name).toString('latin1');
    expect(bytes).not.toContain('anna.prive@example.nl');
    expect(bytes).not.toContain('Anna Priv');
  });
});
