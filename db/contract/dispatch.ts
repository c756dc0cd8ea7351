import { ApiError, toApiError, validationError, type ApiErrorBody } from '../platform/errors';
import type { Actor, AuditEntry, Ctx, MethodSpec } from './method';
import type { Core } from '../platform/core';
import { API } from './api';
import { writeAudit, summarizeInput } from './audit';
import type { Role } from './fields';
import { safeParseIn } from './zod';
import { compose, msg, renderIn, type Lang } from '../platform/messages';

export type SessionEffect = { set: string } | { clear: true } | null;

export type DispatchResult =
  { ok: true; value: unknown; session: SessionEffect } | { ok: false; error: ApiErrorBody; session: SessionEffect };

/** Methods a locked session may still call: to unlock, to sign out, to know who it is. */
const ALLOWED_WHEN_LOCKED = new Set(['auth.unlock', 'auth.logout', 'auth.me']);

/** With a damaged database only these answer: what is wrong, the verified backups, and restoring one. */
export const RECOVERY_METHODS = new Set(['recovery.status', 'recovery.backups', 'recovery.restore']);

const READ_ONLY = msg(
  'Wijkhuis staat in de stand alleen lezen: er kan niets worden gewijzigd of opgeslagen. Controleer de rechten op de gegevensmap en start Wijkhuis opnieuw.',
  'Wijkhuis is in read-only mode: nothing can be changed or saved. Check the permissions of the data folder and restart Wijkhuis.',
);
const FORBIDDEN = msg('Je rol geeft geen toegang tot deze functie.', 'Your role gives no access to this function.');
const inRecovery = (reason: string) =>
  compose((t, lang) =>
    lang === 'nl'
      ? `Wijkhuis staat in de herstelstand: ${t(reason)} Zet eerst een back-up terug.`
      : `Wijkhuis is in recovery mode: ${t(reason)} Restore a backup first.`,
  );

/**
 * System methods that change nothing on disk, allowed on a read-only database: signing in and out
 * (their bookkeeping lands in the in-memory copy only) and downloads.
 */
function allowedReadOnly(name: string, spec: MethodSpec): boolean {
  if (spec.mode === 'read') return true;
  if (spec.mode === 'write') return false;
  return (
    name.startsWith('auth.') ||
    name.startsWith('recovery.') ||
    name === 'reports.attendanceXlsx' ||
    name === 'invoices.pdf'
  );
}

/**
 * The single entry point of every adapter (IPC, web bridge, tests): input is unknown until zod
 * has parsed it, and no handler runs for a caller without the right role. `client` says in Dutch where the call
 * came from (a window, an address), for the audit log of sign-ins. `lang` is the caller's language (the
 * renderer's current i18next language, carried by the IPC and bridge adapters): the error body's messages come
 * back in it, zod's and the modules' alike (messages made with `msg` hold both languages, db/platform/messages.ts).
 */
export async function dispatch(
  core: Core,
  name: string,
  rawInput: unknown,
  token: string | null,
  client: string = 'in het programma',
  lang: Lang = 'nl',
): Promise<DispatchResult> {
  let session: SessionEffect = null;
  try {
    const spec = Object.hasOwn(API, name) ? (API[name as keyof typeof API] as MethodSpec) : undefined;
    if (!spec) throw new ApiError('NOT_FOUND', msg(`Onbekende functie: ${name}`, `Unknown function: ${name}`));
    if (core.state.mode === 'recovery' && !RECOVERY_METHODS.has(name)) {
      throw new ApiError('UNAVAILABLE', inRecovery(core.state.reason));
    }
    const actor = spec.access === 'public' ? null : authenticate(core, token, name);
    if (actor && spec.access !== 'signed-in' && spec.access !== 'public' && !spec.access.includes(actor.role)) {
      throw new ApiError('FORBIDDEN', FORBIDDEN);
    }
    const parsed = safeParseIn(spec.input, rawInput ?? undefined, lang);
    if (!parsed.success) throw validationError(parsed.error);
    if (core.state.mode === 'readonly' && !allowedReadOnly(name, spec)) {
      throw new ApiError('UNAVAILABLE', READ_ONLY);
    }

    const pending: AuditEntry[] = [];
    const ctx: Ctx = {
      db: core.db,
      clock: core.clock,
      sessions: core.sessions,
      house: core,
      actor,
      token,
      client,
      lang,
      audit: (entry) => {
        if (spec.mode === 'write') pending.push(entry);
        else writeAudit(core.db, core.clock, ctx.actor, name, entry);
      },
      startSession: (userId) => {
        session = { set: core.sessions.create(userId) };
        ctx.actor = loadActor(core, userId);
      },
      endSession: () => {
        if (token) core.sessions.end(token);
        session = { clear: true };
      },
    };

    let value: unknown;
    if (spec.mode === 'write') {
      value = core.db
        .transaction(() => {
          const out = spec.handler(ctx, parsed.data);
          if (out instanceof Promise) throw new Error(`${name}: a write handler must be synchronous`);
          if (pending.length === 0)
            pending.push({ entity: name.split('.')[0]!, entityId: idOf(out), summary: summarizeInput(parsed.data) });
          for (const entry of pending) writeAudit(core.db, core.clock, ctx.actor, name, entry);
          return out;
        })
        .immediate();
    } else {
      value = await spec.handler(ctx, parsed.data);
    }
    if (token && session === null) core.sessions.touch(token);
    // Texts a handler returns made with msg() (quorum, majority rules) come back in the caller's language.
    return { ok: true, value: renderIn(value ?? null, lang), session };
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'INTERNAL') console.error(`[wijkhuis] ${name}:`, error);
    return { ok: false, error: apiError.toBody(lang), session };
  }
}

function authenticate(core: Core, token: string | null, name: string): Actor {
  const record = core.sessions.resolve(token, core.options.settings(core.db).lockMinutes);
  if (!record || !token)
    throw new ApiError(
      'UNAUTHENTICATED',
      msg('Je bent niet (meer) ingelogd. Log opnieuw in.', 'You are not signed in (any more). Please sign in again.'),
    );
  const actor = loadActor(core, record.userId);
  if (!actor) {
    core.sessions.end(token);
    throw new ApiError(
      'UNAUTHENTICATED',
      msg(
        'Dit account bestaat niet meer of is uitgeschakeld. Log opnieuw in.',
        'This account no longer exists or is disabled. Please sign in again.',
      ),
    );
  }
  if (record.locked && !ALLOWED_WHEN_LOCKED.has(name)) {
    throw new ApiError(
      'LOCKED',
      msg(
        'Het scherm is vergrendeld. Vul je wachtwoord in om verder te gaan.',
        'The screen is locked. Enter your password to go on.',
      ),
    );
  }
  return actor;
}

function loadActor(core: Core, userId: number): Actor | null {
  const row = core.db.prepare('SELECT id, username, name, role FROM users WHERE id = ? AND active = 1').get(userId) as
    { id: number; username: string; name: string; role: Role } | undefined;
  return row ?? null;
}

function idOf(out: unknown): string | number | null {
  const id = (out as { id?: unknown } | null)?.id;
  return typeof id === 'number' || typeof id === 'string' ? id : null;
}
