import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, raw, startTestBridge, type Answer } from './bridge-http';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('web bridge: static files and the headers of every answer (issue 17)', () => {
  it('serves static files for GET and HEAD only', async () => {
    const { bridge } = await startTestBridge();
    const head = await raw(bridge.port, { path: '/', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await raw(bridge.port, {
        path: '/index.html',
        method,
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.body).not.toContain('<title>');
    }
  });

  it('does not follow a symlink out of the build folder', async () => {
    const { bridge, root, staticDir } = await startTestBridge();
    writeFileSync(join(root, 'geheim.txt'), 'wachtwoord van de kluis');
    mkdirSync(join(root, 'buiten'));
    writeFileSync(join(root, 'buiten', 'ook-geheim.txt'), 'sleutelcode');
    symlinkSync(join(root, 'geheim.txt'), join(staticDir, 'lek.txt'));
    symlinkSync(join(root, 'buiten'), join(staticDir, 'map'));
    symlinkSync(join(staticDir, 'index.html'), join(staticDir, 'thuis.html'));
    for (const path of ['/lek.txt', '/map/ook-geheim.txt']) {
      const res = await raw(bridge.port, { path, method: 'GET' });
      expect([403, 404], path).toContain(res.status);
      expect(res.body).not.toMatch(/wachtwoord van de kluis|sleutelcode/);
    }
    // A link that stays inside the build folder is harmless.
    expect((await raw(bridge.port, { path: '/thuis.html', method: 'GET' })).status).toBe(200);
  });

  it('puts nosniff and a Cache-Control on every answer', async () => {
    const { bridge } = await startTestBridge();
    const port = bridge.port;
    const answers: [string, Answer][] = [
      ['index', await raw(port, { path: '/', method: 'GET' })],
      ['asset', await raw(port, { path: '/assets/index-AbCd1234.js', method: 'GET' })],
      ['missing', await raw(port, { path: '/bestaat-niet.js', method: 'GET' })],
      ['static POST', await raw(port, { path: '/', method: 'POST', body: '{}' })],
      ['api', await api(port, 'setup.status', {})],
      ['api refusal', await api(port, 'rooms.list', {})],
      ['api GET', await raw(port, { path: '/api/setup.status', method: 'GET' })],
      ['text/plain', await raw(port, { path: '/api/setup.status', headers: { 'content-type': 'text/plain' } })],
      ['origin', await api(port, 'setup.status', {}, { origin: 'https://evil.example' })],
      ['host', await raw(port, { path: '/', method: 'GET', headers: { host: 'evil.example' } })],
      ['bad escape', await raw(port, { path: '/%E0%A4%A', method: 'GET' })],
    ];
    for (const [what, res] of answers) {
      expect(res.headers['x-content-type-options'], what).toBe('nosniff');
      expect(res.headers['cache-control'], what).toBeTruthy();
    }
    const byName = Object.fromEntries(answers) as Record<'index' | 'asset' | 'api', Answer>;
    expect(byName.index.headers['cache-control']).toBe('no-cache');
    expect(byName.asset.headers['cache-control']).toContain('immutable');
    expect(byName.api.headers['cache-control']).toBe('no-store');
  });

  it('answers 400 to a malformed %-escape, in the API and in static paths, without logging an error', async () => {
    const errors = vi.spyOn(console, 'error');
    const { bridge } = await startTestBridge();
    const apiAnswer = await api(bridge.port, '%E0%A4%A', {});
    expect(apiAnswer.status).toBe(400);
    expect(JSON.parse(apiAnswer.body)).toMatchObject({ code: 'VALIDATION', fieldErrors: {} });
    for (const path of ['/%E0%A4%A', '/assets/%ZZ.js'])
      expect((await raw(bridge.port, { path, method: 'GET' })).status, path).toBe(400);
    expect(errors).not.toHaveBeenCalled();
  });
});
