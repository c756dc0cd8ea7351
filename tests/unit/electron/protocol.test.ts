import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../db/contract/transport';
import { createAppProtocolHandler, registerAppScheme, resolveAppFile } from '../../../electron/protocol';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string, init?: RequestInit) => serve(new Request(url, init));

beforeAll(() => {
  // A secret beside the renderer folder: the handler must never reach it.
  base = mkdtempSync(join(tmpdir(), 'wijkhuis-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Wijkhuis</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'geheim');
  serve = createAppProtocolHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme with fetch support', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void registered.push(...schemes) });
    expect(registered).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves index.html with the CSP and a content type', async () => {
    const res = await get('app://wijkhuis/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Wijkhuis</title>');
  });

  it('serves assets with their types, and / as index.html', async () => {
    expect((await get('app://wijkhuis/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://wijkhuis/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect(await (await get('app://wijkhuis/')).text()).toContain('Wijkhuis');
  });

  it.each([
    'app://wijkhuis/..%2fsecret.txt',
    'app://wijkhuis/assets/..%2f..%2fsecret.txt',
    'app://wijkhuis/%2e%2e%2fsecret.txt',
    'app://wijkhuis/..%5csecret.txt',
  ])('refuses %s, which points outside the renderer folder', async (url) => {
    const res = await get(url);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('geheim');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('maps an encoded ../ to a refusal before touching the disk', () => {
    expect(resolveAppFile(root, 'app://wijkhuis/..%2fsecret.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://wijkhuis/assets/x.js')).toEqual({
      ok: true,
      file: join(root, 'assets', 'x.js'),
    });
  });

  it('answers 404 for missing files and other hosts, 400 for broken escapes', async () => {
    expect((await get('app://wijkhuis/bestaat-niet.js')).status).toBe(404);
    expect((await get('app://elders/index.html')).status).toBe(404);
    expect((await get('app://wijkhuis/%E0%A4%A')).status).toBe(400);
    expect((await get('app://wijkhuis/a%00.html')).status).toBe(400);
  });

  it('serves only reads', async () => {
    expect((await get('app://wijkhuis/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
