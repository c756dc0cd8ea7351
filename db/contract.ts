import type { z } from 'zod';
import type { Role } from './schemas/common';
import type { Db } from './database';
import type { Core } from './core';

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

export interface Ctx {
  db: Db;
  core: Core;
  actor: Actor | null;
  /** The caller's session token, for methods that lock, unlock or end it. */
  token: string | null;
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
  handler: (ctx: Ctx, input: z.output<S>) => O;
}

/** Keeps the exact input and output types of each method for the typed client. */
export function method<S extends z.ZodType, O>(spec: MethodSpec<S, O>): MethodSpec<S, O> {
  return spec;
}

export type MethodTable = Record<string, MethodSpec<z.ZodType, unknown>>;
