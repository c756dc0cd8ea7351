/**
 * Raw HTTP against a started bridge, for the bridge tests: fetch forbids Origin, Sec-Fetch-* and Host, and cannot
 * hold a body half-sent, which is what these tests need to do.
 */
import { afterEach } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request, type IncomingHttpHeaders } from 'node:http';
import { startBridge, type Bridge, type BridgeTimeouts } from '../../../bridge/server';
import { openCore, tempDir } from '../../helpers';

export interface Answer {
  /** 0 when the connection ended without an answer. */
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Milliseconds from sending the headers to the answer or the end of the connection. */
  ms: number;
  /** True when the client gave up waiting (the server neither answered nor closed). */
  timedOut: boolean;
}

export interface RawRequest {
  path: string;
  method?: string;
  headers?: Record<string, string | number>;
  /** Written at once; with `chunked` the request uses Transfer-Encoding: chunked. */
  body?: string | Buffer;
  /** Leaves the request open after the body, as a slow client would. */
  hold?: boolean;
  /** Keeps sending one space every this many milliseconds after the body, as a trickling client would. */
  trickleMs?: number;
  /** The client gives up after this many milliseconds. */
  waitMs?: number;
}

let bridges: Bridge[] = [];
afterEach(async () => {
  for (const b of bridges) await b.close();
  bridges = [];
});

/** A bridge on a fresh core, with a static folder holding index.html and one hashed asset. */
export async function startTestBridge(timeouts?: Partial<BridgeTimeouts>) {
  const core = await openCore();
  const root = tempDir();
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Wijkhuis</title>');
  writeFileSync(join(staticDir, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
  const bridge = await startBridge(core, { staticDir, timeouts });
  bridges.push(bridge);
  return { core, bridge, root, staticDir };
}

export function raw(port: number, r: RawRequest): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (a: Omit<Answer, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(trickle);
      req.destroy();
      resolve({ ...a, ms: performance.now() - started });
    };
    const req = request({ host: '127.0.0.1', port, path: r.path, method: r.method ?? 'POST', headers: r.headers });
    const timer = setTimeout(() => done({ status: 0, headers: {}, body: '', timedOut: true }), r.waitMs ?? 5_000);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const finish = () =>
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          timedOut: false,
        });
      res.on('end', finish);
      res.on('error', finish);
      res.on('close', finish);
    });
    // A server that refuses a body may close the connection while it is still being sent.
    req.on('error', () => done({ status: 0, headers: {}, body: '', timedOut: false }));
    req.on('close', () => setTimeout(() => done({ status: 0, headers: {}, body: '', timedOut: false }), 50));
    req.flushHeaders();
    if (r.body !== undefined) req.write(r.body);
    const trickle = r.trickleMs ? setInterval(() => req.write(' '), r.trickleMs) : undefined;
    if (!r.hold && !r.trickleMs) req.end();
  });
}

/** A POST to the API with the headers a same-origin page sends, plus any given. */
export function api(port: number, method: string, input: unknown, headers: Record<string, string | number> = {}) {
  return raw(port, {
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}
