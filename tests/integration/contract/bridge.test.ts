import { testClock } from '../../clock';
import { openHouse } from '../../../db/house';
import { describe, expect, it, afterEach } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { startBridge, type Bridge } from '../../../bridge/server';
import { SESSION_HEADER } from '../../../db/contract/transport';
import { PASSWORD, openCore, tempDir } from '../../helpers';
import { Core } from '../../../db/platform/core';
import { brokenHouse } from '../../faults/broken-house';

let bridge: Bridge | undefined;
const cores: Core[] = [];
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
  while (cores.length) cores.pop()!.close();
});

async function start(dataDir?: string) {
  const core = dataDir ? await openHouse({ dataDir, clock: testClock() }) : await openCore();
  if (dataDir) cores.push(core);
  const staticDir = join(tempDir(), 'renderer') + '/';
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wijkhuis</title>');
  bridge = await startBridge(core, { staticDir });
  return { core, bridge };
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('web bridge', () => {
  it('answers POST /api/<method> with JSON and hands out a session token at setup and login', async () => {
    const { bridge } = await start();
    const status = await post(`${bridge.url}/api/setup.status`, '{}');
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual({ needsSetup: true, demoSuggested: false });

    const setup = await post(
      `${bridge.url}/api/setup.firstRun`,
      JSON.stringify({ buildingName: 'Het Huis', user: { name: 'Bea', username: 'bea', password: PASSWORD } }),
    );
    expect(setup.status).toBe(200);
    const token = setup.headers.get(SESSION_HEADER);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await setup.json())).not.toContain(token);

    const me = await post(`${bridge.url}/api/auth.me`, '{}', { authorization: `Bearer ${token}` });
    expect((await me.json()).user.username).toBe('bea');
  });

  it('returns 4xx with { code, message, fieldErrors } for refusals', async () => {
    const { bridge } = await start();
    const noSession = await post(`${bridge.url}/api/rooms.list`, '{}');
    expect(noSession.status).toBe(401);
    expect(await noSession.json()).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
      fieldErrors: {},
    });

    const badJson = await post(`${bridge.url}/api/setup.status`, '{niet json');
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).code).toBe('VALIDATION');

    const invalid = await post(`${bridge.url}/api/setup.firstRun`, JSON.stringify({ buildingName: '' }));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).fieldErrors.buildingName).toEqual(['Naam van het huis is verplicht.']);

    const unknown = await post(`${bridge.url}/api/bestaat.niet`, '{}');
    expect(unknown.status).toBe(404);

    const get = await fetch(`${bridge.url}/api/setup.status`);
    expect(get.status).toBe(405);
  });

  it('serves the renderer with a Content-Security-Policy and refuses paths outside it', async () => {
    const { bridge } = await start();
    const index = await fetch(`${bridge.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await rawGet(bridge.port, '/../../../etc/passwd');
    expect([403, 404]).toContain(escape.status);
    const encoded = await fetch(`${bridge.url}/%2e%2e/%2e%2e/etc/passwd`);
    expect([403, 404]).toContain(encoded.status);
    expect(await encoded.text()).not.toContain('root:');
  });

  it('in the recovery state serves the renderer and only the recovery methods, then the normal API after the restore', async () => {
    const { dataDir, backup } = await brokenHouse();
    const { bridge } = await start(dataDir);
    expect((await fetch(`${bridge.url}/`)).status).toBe(200);
    const status = await post(`${bridge.url}/api/recovery.status`, '{}');
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ mode: 'recovery', reason: expect.stringContaining('beschadigd') });
    const refused = await post(`${bridge.url}/api/setup.status`, '{}');
    expect(refused.status).toBe(503);
    expect((await refused.json()).message).toContain('herstelstand');
    const wrong = await post(
      `${bridge.url}/api/recovery.restore`,
      JSON.stringify({ name: backup, username: 'bea', password: 'fout-wachtwoord' }),
    );
    expect(wrong.status).toBe(400);
    const restored = await post(
      `${bridge.url}/api/recovery.restore`,
      JSON.stringify({ name: backup, username: 'bea', password: PASSWORD }),
    );
    expect(restored.status).toBe(200);
    expect(restored.headers.get(SESSION_HEADER)).toBeNull();
    expect(await (await post(`${bridge.url}/api/setup.status`, '{}')).json()).toEqual({
      needsSetup: false,
      demoSuggested: false,
    });
    const login = await post(`${bridge.url}/api/auth.login`, JSON.stringify({ username: 'bea', password: PASSWORD }));
    expect(login.status).toBe(200);
  });

  it('listens on 127.0.0.1 only and refuses other host names (DNS rebinding)', async () => {
    const { bridge } = await start();
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await rawGet(bridge.port, '/api/setup.status', 'evil.example');
    expect(res.status).toBe(403);
  });
});

function rawGet(port: number, path: string, host = '127.0.0.1'): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
    req.end();
  });
}
