/**
 * Reading a request body with a limit that fits the method and a deadline, so a web page or a stuck client
 * can neither fill the memory nor hold a connection open for Node's default five minutes.
 */
import type { IncomingMessage } from 'node:http';
import { API } from '../db/contract/api';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes } from '../db/contract/method';
import { Refusal } from './reply';
import { msg } from '../db/platform/messages';

export interface BridgeTimeouts {
  /** From the connection's first byte to the end of the request headers. */
  headersMs: number;
  /** The longest pause between two pieces of a body. */
  bodyIdleMs: number;
  /** The whole body; on 127.0.0.1 even the largest restore arrives in a second or two. */
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: BridgeTimeouts = { headersMs: 10_000, bodyIdleMs: 10_000, bodyMs: 30_000 };

/** The body limit of an API method; a name that is no method gets the small default, so guessing costs nothing. */
export function bodyLimitOf(name: string): number {
  const spec = Object.hasOwn(API, name) ? API[name as keyof typeof API] : undefined;
  return spec ? maxInputBytes(spec) : DEFAULT_MAX_INPUT_BYTES;
}

/** Refuses a body whose announced length is already over the limit, before a byte of it is read. */
export function refuseDeclaredLength(req: IncomingMessage, limit: number): Refusal | null {
  const declared = Number(req.headers['content-length'] ?? 0);
  return declared > limit ? tooLarge(limit, true) : null;
}

/** The connection went away before the body was complete: there is no one to answer. */
export class ClientGone extends Error {}

/**
 * The body, counted while it streams (a chunked body has no length up front). Over the limit it rejects with 413
 * and discards the rest, so the client can still read the answer; too slow, it rejects with 408 and the
 * connection is closed.
 */
export function readBody(req: IncomingMessage, limit: number, timeouts: BridgeTimeouts): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const tooSlow = () => {
      // Already answered 413 and still sending: cut it off.
      if (refused) return req.socket.destroy();
      refused = true;
      req.removeListener('data', onData);
      reject(
        new Refusal(
          408,
          'VALIDATION',
          msg(
            'De aanvraag kwam te langzaam binnen. Probeer het opnieuw.',
            'The request came in too slowly. Please try again.',
          ),
        ),
      );
      // A client that does not read the answer is not worth waiting for.
      setTimeout(() => req.socket.destroy(), 1_000).unref();
    };
    const deadline = setTimeout(tooSlow, timeouts.bodyMs);
    const idle = setTimeout(tooSlow, timeouts.bodyIdleMs);
    const stop = () => {
      clearTimeout(deadline);
      clearTimeout(idle);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      req.removeListener('data', onData);
      reject(tooLarge(limit, false));
    };
    req.on('data', () => idle.refresh());
    req.on('data', onData);
    req.on('end', () => {
      stop();
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', () => {
      stop();
      reject(new ClientGone());
    });
    req.on('close', () => {
      stop();
      reject(new ClientGone());
    });
  });
}

function tooLarge(limit: number, close: boolean): Refusal {
  const size = limit >= 1024 * 1024 ? `${Math.floor(limit / (1024 * 1024))} MB` : `${Math.floor(limit / 1024)} kB`;
  return new Refusal(
    413,
    'VALIDATION',
    msg(
      `De aanvraag is te groot (hooguit ${size}). Kies een kleiner bestand.`,
      `The request is too large (at most ${size}). Choose a smaller file.`,
    ),
    close,
  );
}
