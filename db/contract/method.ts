import type { Lang } from '../platform/messages';
import type { z } from 'zod';
import type { Role } from './fields';
import type { Db } from '../platform/database';
import type { Clock } from '../platform/clock';
import type { SessionStore } from '../platform/sessions';
import type { Core } from '../platform/core';

/** Who may call a method: anyone (first-run setup, login), any signed-in user, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/**
 * read: runs as is; write: runs in one transaction with its audit rows, all or nothing;
 * system: may be async (backups, restore, login bookkeeping) and writes its own audit rows.
 */
export type Mode = 'read' | 'write' | 'system';

export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
}

export interface AuditEntry {
  entity: string;
  entityId?: string | number | null;
  summary: string;
}

/**
 * What the system and transfer methods may do with the house's files: where they are, its state,
 * backups and restore. The Core implements it; other handlers never see it.
 */
export type HouseFiles = Pick<
  Core,
  'paths' | 'options' | 'state' | 'backups' | 'restore' | 'restoreBytes' | 'recover'
> & { readonly db: Db };

/** The narrow services a handler receives: the database, the clock, who calls, and what it may touch. */
export interface Ctx {
  db: Db;
  /** The one source of "now": never read the wall clock in a handler. */
  clock: Clock;
  sessions: SessionStore;
  house: HouseFiles;
  actor: Actor | null;
  /** The caller's session token, for methods that lock, unlock or end it. */
  token: string | null;
  /** Where the call came from, in Dutch ('venster 1', 'adres 127.0.0.1'), for the audit log of sign-ins. */
  client: string;
  /** The caller's language, for texts a handler returns (errors are rendered in it by `dispatch` itself). */
  lang: Lang;
  /** Adds an audit row in the same transaction (write) or immediately (system). */
  audit(entry: AuditEntry): void;
  /** A new signed-in session for this caller (login, first-run setup). */
  startSession(userId: number): void;
  endSession(): void;
}

export interface MethodSpec<S extends z.ZodType = z.ZodType, O = unknown> {
  description: string;
  access: Access;
  mode: Mode;
  input: S;
  /**
   * The largest request body a transport accepts for this method, in bytes of JSON; DEFAULT_MAX_INPUT_BYTES when
   * not given. Only methods that carry a file (attachment, import, restore) need more.
   */
  maxInputBytes?: number;
  handler: (ctx: Ctx, input: z.output<S>) => O;
}

/** Enough for any form, list of ids or long text; a transport refuses a larger body before reading it. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024;

/** The body limit of a method: its own, or the default. */
export function maxInputBytes(spec: Pick<MethodSpec, 'maxInputBytes'>): number {
  return spec.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
}

/** Keeps the exact input and output types of each method for the typed client. */
export function method<S extends z.ZodType, O>(spec: MethodSpec<S, O>): MethodSpec<S, O> {
  return spec;
}

export type MethodTable = Record<string, MethodSpec<z.ZodType, unknown>>;
