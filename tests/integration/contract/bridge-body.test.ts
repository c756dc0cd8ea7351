import { describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { DEFAULT_MAX_INPUT_BYTES } from '../../../db/contract/method';
import { api, raw, startTestBridge } from './bridge-http';

const JSON_TYPE = { 'content-type': 'application/json' };

/** A JSON body of about `bytes` bytes. */
function bodyOf(bytes: number): string {
  return JSON.stringify({ username: 'bea', password: 'x'.repeat(bytes) });
}

describe('web bridge: request bodies have a limit and a deadline (issue 17)', () => {
  it('answers 413 to an over-large Content-Length before reading the body', async () => {
    const { bridge } = await startTestBridge();
    // Only the headers are sent: an answer proves the bridge did not wait for the body.
    const res = await raw(bridge.port, {
      path: '/api/auth.login',
      headers: { ...JSON_TYPE, 'content-length': DEFAULT_MAX_INPUT_BYTES + 1 },
      hold: true,
      waitMs: 3_000,
    });
    expect(res.timedOut).toBe(false);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({
      code: 'VALIDATION',
      message: expect.stringContaining('te groot'),
      fieldErrors: {},
    });
  });

  it('gives the attachment and import methods their own larger limit, unknown methods the small one', async () => {
    const { bridge } = await startTestBridge();
    const big = bodyOf(DEFAULT_MAX_INPUT_BYTES + 1024);
    expect((await api(bridge.port, 'applications.addAttachment', JSON.parse(big))).status).toBe(401);
    expect((await raw(bridge.port, { path: '/api/auth.login', headers: JSON_TYPE, body: big })).status).toBe(413);
    expect((await raw(bridge.port, { path: '/api/bestaat.niet', headers: JSON_TYPE, body: big })).status).toBe(413);
    expect((await raw(bridge.port, { path: '/api/__proto__', headers: JSON_TYPE, body: big })).status).toBe(413);
    const huge = { 'content-length': 2 ** 40, ...JSON_TYPE };
    for (const method of ['applications.addAttachment', 'transfer.import', 'backups.restore'])
      expect((await raw(bridge.port, { path: `/api/${method}`, headers: huge, hold: true })).status, method).toBe(413);
  });

  it('answers 413 to a chunked body once it grows over the limit', async () => {
    const { bridge } = await startTestBridge();
    const res = await raw(bridge.port, {
      path: '/api/auth.login',
      headers: { ...JSON_TYPE, 'transfer-encoding': 'chunked' },
      body: bodyOf(DEFAULT_MAX_INPUT_BYTES * 2),
    });
    expect(res.status).toBe(413);
    const small = await raw(bridge.port, {
      path: '/api/setup.status',
      headers: { ...JSON_TYPE, 'transfer-encoding': 'chunked' },
      body: '{}',
    });
    expect(small.status).toBe(200);
  });

  it('drops a body that stops coming within the configured seconds', async () => {
    const { bridge } = await startTestBridge({ bodyIdleMs: 300, bodyMs: 1_000 });
    const res = await raw(bridge.port, {
      path: '/api/auth.login',
      headers: { ...JSON_TYPE, 'content-length': 100 },
      body: '{"username":',
      hold: true,
      waitMs: 4_000,
    });
    expect(res.timedOut).toBe(false);
    expect(res.ms).toBeLessThan(2_000);
    expect(res.status).toBe(408);
  });

  it('drops a body that trickles in too slowly, even if bytes keep coming', async () => {
    const { bridge } = await startTestBridge({ bodyIdleMs: 300, bodyMs: 800 });
    const res = await raw(bridge.port, {
      path: '/api/auth.login',
      headers: { ...JSON_TYPE, 'transfer-encoding': 'chunked' },
      body: ' ',
      trickleMs: 100,
      waitMs: 4_000,
    });
    expect(res.timedOut).toBe(false);
    expect(res.ms).toBeLessThan(2_000);
    expect(res.status).toBe(408);
  });

  it('drops a connection whose headers do not finish within the configured seconds', async () => {
    const { bridge } = await startTestBridge({ headersMs: 300 });
    const started = performance.now();
    const socket = connect(bridge.port, '127.0.0.1');
    socket.write('POST /api/setup.status HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const closedAfter = await new Promise<number>((resolve) => {
      const timer = setTimeout(() => resolve(Infinity), 5_000);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
    });
    socket.destroy();
    expect(closedAfter).toBeLessThan(2_500);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
