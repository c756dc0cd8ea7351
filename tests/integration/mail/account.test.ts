import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fails, fingerprint, ok } from '../../helpers';
import { KEY_FILE } from '../../../bridge/keyFileSecrets';
import { DEMO_MAIL_HOST } from '../../../db/modules/mail/demo';
import { handClock, loopbackAccount, mailHouse, startSmtp, useLoopback } from './mailHouse';

const SECRET = 'Zeer-Geheim-Wachtwoord-7431';

/** Every file under a folder, as one string of bytes (latin1 keeps every byte). */
function bytesUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)).toString('latin1'))
    .join('\n');
}

describe('the mail account', () => {
  it('keeps the password sealed: never in the database file, the audit log, an export or a backup', async () => {
    const clock = handClock();
    const { core, token, dataDir } = await mailHouse(clock);
    const before = await ok(core, token, 'mailserver.get');
    expect(before).toMatchObject({ passwordSet: false, perMinute: 60, enabled: false, security: 'starttls' });
    expect(before.secretStore).toMatch(/sleutelbestand/);

    const saved = await ok(core, token, 'mailserver.update', {
      ...loopbackAccount(2525),
      host: 'smtp.voorbeeld.nl',
      security: 'tls',
      port: 465,
      username: 'huis@voorbeeld.nl',
      password: SECRET,
    });
    expect(saved.passwordSet).toBe(true);
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    expect(JSON.stringify(await ok(core, token, 'mailserver.get'))).not.toContain(SECRET);
    const sealed = (core.db.prepare('SELECT password_sealed AS s FROM mail_account').get() as { s: string }).s;
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(SECRET);

    const audit = core.db.prepare("SELECT summary FROM audit_log WHERE method = 'mailserver.update'").get() as {
      summary: string;
    };
    expect(audit.summary).toContain('Wachtwoord gewijzigd');
    expect(audit.summary).not.toContain(SECRET);
    expect(audit.summary).not.toContain('v1:');

    const exported = await ok(core, token, 'transfer.exportAll', {});
    expect(bytesUnder(exported.path)).not.toContain(SECRET);
    expect(bytesUnder(exported.path)).not.toContain(sealed);
    const manifest = JSON.parse(readFileSync(join(exported.path, 'manifest.json'), 'utf8'));
    expect(manifest.excluded).toContainEqual(
      expect.objectContaining({ table: 'mail_account', column: 'password_sealed' }),
    );

    await ok(core, token, 'backups.create', {});
    const backups = join(dataDir, 'backups');
    expect(readdirSync(backups).some((f) => f.includes('sleutel'))).toBe(false);
    expect(bytesUnder(backups)).not.toContain(SECRET);

    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(bytesUnder(dataDir)).not.toContain(SECRET);
    // The key sits beside the database, readable by this user only.
    const key = join(dataDir, KEY_FILE);
    expect(existsSync(key)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(key).mode & 0o777).toBe(0o600);

    // Saving without a new password keeps the stored one; forgetting removes it.
    await ok(core, token, 'mailserver.update', {
      ...loopbackAccount(2525),
      host: 'smtp.voorbeeld.nl',
      security: 'tls',
    });
    expect((await ok(core, token, 'mailserver.get')).passwordSet).toBe(true);
    await ok(core, token, 'mailserver.update', { ...loopbackAccount(2525), forgetPassword: true });
    expect((await ok(core, token, 'mailserver.get')).passwordSet).toBe(false);
  });

  it('refuses bad input next to the field and writes nothing', async () => {
    const { core, token } = await mailHouse(handClock());
    const before = fingerprint(core.db);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ fromAddress: 'info@huis' }, 'fromAddress', /geen geldig e-mailadres/],
      [{ replyTo: 'beheer at huis.nl' }, 'replyTo', /geen geldig e-mailadres/],
      [{ host: 'smtp.voorbeeld.nl', security: 'geen' }, 'security', /alleen een mailserver op deze computer/],
      [{ host: '10.0.0.5', security: 'geen' }, 'security', /alleen een mailserver op deze computer/],
      [{ host: 'smtp voorbeeld' }, 'host', /naam van de mailserver/],
      [{ host: '', enabled: true }, 'host', /mailserver in/],
      [{ port: 70000 }, 'port', /tussen 1 en 65535/],
      [{ perMinute: 0 }, 'perMinute', /Minstens 1/],
    ];
    for (const [change, field, message] of cases) {
      const error = await fails(core, token, 'mailserver.update', { ...loopbackAccount(25), ...change });
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors[field]?.[0], field).toMatch(message);
    }
    const test = await fails(core, token, 'mailserver.test', { to: 'niemand' });
    expect(test.fieldErrors.to?.[0]).toMatch(/geen geldig e-mailadres/);
    expect(fingerprint(core.db)).toBe(before);
    // Plain to the computer itself is allowed.
    await ok(core, token, 'mailserver.update', { ...loopbackAccount(25), host: 'localhost' });
  });

  it('refuses to save a password where no secret store is available', async () => {
    const { core, token } = await mailHouse(handClock(), { services: {} });
    expect((await ok(core, token, 'mailserver.get')).secretStore).toBeNull();
    const before = fingerprint(core.db);
    const error = await fails(core, token, 'mailserver.update', { ...loopbackAccount(25), password: SECRET });
    expect(error.fieldErrors.password?.[0]).toMatch(/geen wachtwoord veilig bewaren/);
    expect(fingerprint(core.db)).toBe(before);
  });

  it('is for the beheerder only', async () => {
    const { core, token } = await mailHouse(handClock());
    const { tokenFor } = await import('../../helpers');
    const balie = await tokenFor(core, token, 'balie');
    for (const name of ['mailserver.get', 'outbox.list'])
      expect((await fails(core, balie, name, {})).code).toBe('FORBIDDEN');
  });
});

describe('Testbericht sturen', () => {
  it('reports success, and the message arrives', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock, { login: { user: 'huis', pass: SECRET } });
    const { core, token } = await mailHouse(clock);
    await useLoopback(core, token, smtp.port, { username: 'huis', password: SECRET, enabled: false });
    const result = await ok(core, token, 'mailserver.test', { to: 'bea@voorbeeld.nl' });
    expect(result.sent).toBe(true);
    expect(result.message).toMatch(/^Gelukt: de mailserver heeft het testbericht aangenomen \(250/);
    expect(smtp.received.map((r) => [r.mail.subject, r.envelopeTo[0]])).toEqual([
      ['Testbericht van Wijkhuis', 'bea@voorbeeld.nl'],
    ]);
    const english = await (
      await import('../../../db/contract/dispatch')
    ).dispatch(core, 'mailserver.test', { to: 'bea@voorbeeld.nl' }, token, 'test', 'en');
    expect(english.ok && (english.value as { message: string }).message).toMatch(/^Done: the mail server accepted/);
  });

  it('explains in Dutch what went wrong: login, host not found, connection refused, certificate', async () => {
    const clock = handClock();
    const smtp = await startSmtp(clock, { login: { user: 'huis', pass: SECRET } });
    const tls = await startSmtp(clock, { starttls: true });
    const { core, token } = await mailHouse(clock);
    const test = () => ok(core, token, 'mailserver.test', { to: 'bea@voorbeeld.nl' });

    await useLoopback(core, token, smtp.port, { username: 'huis', password: 'fout' });
    expect(await test()).toMatchObject({ sent: false, message: expect.stringMatching(/weigert de inlog/) });

    await useLoopback(core, token, smtp.port, { host: DEMO_MAIL_HOST, security: 'starttls', forgetPassword: true });
    expect(await test()).toMatchObject({ sent: false, message: expect.stringMatching(/niet gevonden/) });

    await smtp.stop();
    await useLoopback(core, token, smtp.port);
    expect(await test()).toMatchObject({ sent: false, message: expect.stringMatching(/niet bereikbaar/) });

    // smtp-server offers STARTTLS with its own self-signed certificate: not one to trust.
    await useLoopback(core, token, tls.port, { host: 'localhost', security: 'starttls' });
    expect(await test()).toMatchObject({
      sent: false,
      message: expect.stringMatching(/certificaat .* niet te vertrouwen/),
    });
    expect(tls.received).toHaveLength(0);
  });
});
