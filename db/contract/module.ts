import type { Db } from '../platform/database';
import type { Clock } from '../platform/clock';
import type { MethodTable } from './method';
import type { BackgroundWorker } from '../platform/workers';

/** The modules of the house, by the names every layer uses (core folders, pages, i18n, tests, docs). */
export const MODULE_NAMES = [
  'accounts',
  'system',
  'building',
  'bookings',
  'roster',
  'budget',
  'attendance',
  'beheer',
  'privacy',
  'transfer',
  'mail',
] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

/** A job a module runs at start and every hour while the house is open for writing (options expiring, retention). */
export interface Routine {
  name: string;
  run(services: { db: Db; clock: Clock }): void;
}

/** What a module brings to the house: its methods, and the routines it registers with the platform. */
export interface Module<M extends MethodTable = MethodTable> {
  name: ModuleName;
  /** One line for docs/API.md. */
  title: string;
  methods: M;
  routines?: readonly Routine[];
  /** Jobs that run for as long as the house is open for writing (the mail sender), started with the routines. */
  workers?: readonly BackgroundWorker[];
}

/** Keeps a module's exact method types for the typed client. */
export function defineModule<M extends MethodTable>(module: Module<M>): Module<M> {
  return module;
}
