import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { API } from '../db/contract/api';
import type { Core } from '../db/platform/core';
import { dispatch as coreDispatch } from '../db/contract/dispatch';
import type { ApiErrorBody } from '../db/platform/errors';
import { IPC_PREFIX, type CallResult } from '../db/contract/transport';
import { isAppUrl } from './security';
import { inLang, langOf, msg, type Lang } from '../db/platform/messages';

export interface IpcRegistration {
  channels: string[];
  dispose(): void;
}

export interface IpcOptions {
  dispatch?: typeof coreDispatch;
}

const NOT_FROM_WIJKHUIS = msg(
  'Deze aanroep komt niet van Wijkhuis zelf en is geweigerd.',
  'This call does not come from Wijkhuis itself and was refused.',
);
const SOMETHING_WRONG = msg('Er ging iets mis in Wijkhuis.', 'Something went wrong in Wijkhuis.');
const refused = (message: string, lang: Lang): CallResult => ({
  ok: false,
  error: { code: 'FORBIDDEN', message: inLang(message, lang), fieldErrors: {} },
});
const internal = (lang: Lang): ApiErrorBody => ({
  code: 'INTERNAL',
  message: inLang(SOMETHING_WRONG, lang),
  fieldErrors: {},
});

/**
 * One channel per API method. The session token never reaches the renderer: it is kept here per
 * window (webContents id), so a compromised page cannot read it and two windows do not share a login.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: Core,
  options: IpcOptions = {},
): IpcRegistration {
  const dispatch = options.dispatch ?? coreDispatch;
  const tokens = new Map<number, string>();
  const watched = new Set<number>();

  const watch = (sender: WebContents) => {
    const id = sender.id;
    if (watched.has(id)) return;
    watched.add(id);
    sender.once('destroyed', () => {
      const token = tokens.get(id);
      // A closed window's login must not stay usable by whoever gets the same id next.
      if (token) core.sessions.end(token);
      tokens.delete(id);
      watched.delete(id);
    });
  };

  const handle = async (name: string, event: IpcMainInvokeEvent, input: unknown, lang: Lang): Promise<CallResult> => {
    try {
      if (!isAppUrl(event.senderFrame?.url ?? '')) return refused(NOT_FROM_WIJKHUIS, lang);
      const id = event.sender.id;
      watch(event.sender);
      const result = await dispatch(core, name, input, tokens.get(id) ?? null, `venster ${id}`, lang);
      if (result.session && 'set' in result.session) tokens.set(id, result.session.set);
      else if (result.session) tokens.delete(id);
      return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error };
    } catch (error) {
      // A throw would reach the renderer as an unstructured Electron error; a value keeps the contract.
      console.error(`[wijkhuis] ipc ${name}:`, error);
      return { ok: false, error: internal(lang) };
    }
  };

  const channels = Object.keys(API).map((name) => {
    const channel = IPC_PREFIX + name;
    ipcMain.handle(channel, (event, input: unknown, lang: unknown) => handle(name, event, input, langOf(lang)));
    return channel;
  });

  return {
    channels,
    dispose: () => channels.forEach((channel) => ipcMain.removeHandler(channel)),
  };
}
