import { MODULES } from '../modules';
import { registerMethods, routinesOf, workersOf } from './registry';

/** The whole API: every method with its input schema, roles and handler. Adapters use this and nothing else. */
export const API = registerMethods(MODULES);

/** The routines the modules registered, for Core.startSchedules. */
export const ROUTINES = routinesOf(MODULES);

/** The modules' background workers (the mail sender), started with the routines. */
export const WORKERS = workersOf(MODULES);

export type Api = typeof API;
export type MethodName = keyof Api;
