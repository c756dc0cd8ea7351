import { MODULES } from '../modules';
import { registerMethods, routinesOf } from './registry';

/** The whole API: every method with its input schema, roles and handler. Adapters use this and nothing else. */
export const API = registerMethods(MODULES);

/** The routines the modules registered, for Core.startSchedules. */
export const ROUTINES = routinesOf(MODULES);

export type Api = typeof API;
export type MethodName = keyof Api;
