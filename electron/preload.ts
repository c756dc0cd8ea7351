// Sandboxed preload: built as CommonJS, and it may require nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './preload-bridge';

contextBridge.exposeInMainWorld(
  'wijkhuis',
  createBridge((channel, input, lang) => ipcRenderer.invoke(channel, input, lang)),
);
