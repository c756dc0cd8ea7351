import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../helpers';
import { api, raw, startTestBridge } from './bridge-http';

const FIRST_RUN = { buildingName: 'Huis van de Aanvaller', user: { name: 'Eve', username: 'eve', password: PASSWORD } };

async function needsSetup(port: number): Promise<boolean> {
  return (JSON.parse((await api(port, 'setup.status', {})).body) as { needsSetup: boolean }).needsSetup;
}

describe('web bridge: only the app itself may call the API (issue 17)', () => {
  it('refuses a text/plain POST, the kind any web page may send, before any handler runs', async () => {
    const { bridge } = await startTestBridge();
    for (const type of [
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await raw(bridge.port, {
        path: '/api/setup.firstRun',
        headers: { 'content-type': type },
        body: JSON.stringify(FIRST_RUN),
      });
      expect(res.status, type).toBe(415);
      expect(JSON.parse(res.body)).toEqual({
        code: 'VALIDATION',
        message: expect.stringContaining('JSON'),
        fieldErrors: {},
      });
    }
    const none = await raw(bridge.port, { path: '/api/setup.firstRun', body: JSON.stringify(FIRST_RUN) });
    expect(none.status).toBe(415);
    expect(await needsSetup(bridge.port)).toBe(true);
  });

  it('refuses a foreign or null Origin and a cross-site Sec-Fetch-Site, and allows its own origin', async () => {
    const { bridge } = await startTestBridge();
    const own: [string, string] = [`http://127.0.0.1:${bridge.port}`, `http://localhost:${bridge.port}`];
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${bridge.port + 1}`,
      `https://127.0.0.1:${bridge.port}`,
    ]) {
      const res = await api(bridge.port, 'setup.firstRun', FIRST_RUN, { origin });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'FORBIDDEN', fieldErrors: {} });
    }
    for (const site of ['cross-site', 'same-site']) {
      const res = await api(bridge.port, 'setup.firstRun', FIRST_RUN, { origin: own[0], 'sec-fetch-site': site });
      expect(res.status, site).toBe(403);
    }
    expect(await needsSetup(bridge.port)).toBe(true);

    for (const origin of own) {
      const res = await api(bridge.port, 'setup.status', {}, { origin, 'sec-fetch-site': 'same-origin' });
      expect(res.status, origin).toBe(200);
    }
    expect((await api(bridge.port, 'setup.status', {}, { 'sec-fetch-site': 'none' })).status).toBe(200);
    const setup = await api(bridge.port, 'setup.firstRun', FIRST_RUN, {
      origin: own[0],
      'sec-fetch-site': 'same-origin',
    });
    expect(setup.status).toBe(200);
  });

  it('does not count refused sign-ins as failed logins, so a web page cannot lock out the beheerder', async () => {
    const { bridge } = await startTestBridge();
    expect(
      (await api(bridge.port, 'setup.firstRun', { ...FIRST_RUN, user: { ...FIRST_RUN.user, username: 'bea' } })).status,
    ).toBe(200);
    const wrong = JSON.stringify({ username: 'bea', password: 'fout-wachtwoord' });
    const attacks: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attacks)
      for (let i = 0; i < 5; i++) {
        const res = await raw(bridge.port, { path: '/api/auth.login', headers, body: wrong });
        expect([403, 415]).toContain(res.status);
      }
    const login = await api(bridge.port, 'auth.login', { username: 'bea', password: PASSWORD });
    expect(login.status).toBe(200);
  });
});
