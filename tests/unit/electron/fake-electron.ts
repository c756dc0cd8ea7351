import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { CallResult } from '../../../db/contract/transport';
import type { ElectronMain } from '../../../electron/types';

/**
 * A recording stand-in for the `electron` module: real Electron cannot run on this machine, and
 * `require('electron')` in Node would try to download it. It behaves like Electron where the main
 * process depends on it (ready, quit events, one handler per IPC channel, web-contents-created).
 */
export interface FakeOptions {
  lock?: boolean;
  userData?: string;
  appPath?: string;
  version?: string;
  isPackaged?: boolean;
  /** What loading a URL does; by default the page "loads" on the next tick. */
  onLoad?: (win: FakeWindow, url: string) => Promise<void> | void;
  /** Called when the app quits or exits, with its exit code. */
  onExit?: (code: number) => void;
}

type Handler = (...args: unknown[]) => unknown;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  destroyed = false;
  windowOpenHandler: WindowOpenHandler | null = null;

  constructor(private readonly fake: FakeElectron) {
    super();
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Stands in for the page calling `window.wijkhuis.call(...)`: it goes through the IPC handler like the preload would. */
  async executeJavaScript(code: string): Promise<unknown> {
    const m = /window\.wijkhuis\.call\('([\w.]+)',\s*(.*)\)$/.exec(code.trim());
    if (!m) throw new Error(`fake executeJavaScript understands only window.wijkhuis.call: ${code}`);
    return this.fake.invoke(`wijkhuis:${m[1]}`, JSON.parse(m[2]!) as unknown, { sender: this });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }

  /** Fires a navigation event as Chromium would; true when a listener prevented it. */
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export interface FakeWindow extends EventEmitter {
  options: BrowserWindowConstructorOptions;
  webContents: FakeWebContents;
  loadedUrl: string | null;
  shown: boolean;
  focused: boolean;
  minimized: boolean;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  minimize(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  close(): void;
}

class FakeApp extends EventEmitter {
  ready = false;
  sandboxEnabled = false;
  quitCount = 0;
  exitCode: number | null = null;
  private resolveReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));

  constructor(
    private readonly o: Required<Pick<FakeOptions, 'lock' | 'userData' | 'appPath' | 'version' | 'isPackaged'>> &
      FakeOptions,
  ) {
    super();
  }

  get isPackaged(): boolean {
    return this.o.isPackaged;
  }

  requestSingleInstanceLock(): boolean {
    return this.o.lock;
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  becomeReady(): void {
    this.ready = true;
    this.emit('ready');
    this.resolveReady();
  }

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() must be called before the app is ready');
    this.sandboxEnabled = true;
  }

  getPath(name: string): string {
    if (name === 'userData') return this.o.userData;
    throw new Error(`fake app.getPath: ${name}`);
  }

  getAppPath(): string {
    return this.o.appPath;
  }

  getVersion(): string {
    return this.o.version;
  }

  quit(): void {
    this.quitCount++;
    const event = { preventDefault: () => undefined };
    this.emit('before-quit', event);
    this.emit('will-quit', event);
    this.emit('quit', event, 0);
    this.o.onExit?.(0);
  }

  exit(code = 0): void {
    this.exitCode = code;
    this.o.onExit?.(code);
  }
}

export function createFakeElectron(options: FakeOptions = {}) {
  const o = {
    lock: true,
    userData: '/tmp/wijkhuis-fake-userdata',
    appPath: process.cwd(),
    version: '0.1.0-test',
    isPackaged: false,
    ...options,
  };
  return new FakeElectron(o);
}

export class FakeElectron {
  readonly app: FakeApp;
  readonly windows: FakeWindow[] = [];
  readonly ipcHandlers = new Map<string, Handler>();
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly privilegedSchemes: { schemes: unknown[]; beforeReady: boolean }[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly messageBoxes: unknown[][] = [];
  readonly openedExternally: string[] = [];
  readonly openedPaths: string[] = [];
  permissionRequestHandler: Handler | null = null;
  applicationMenu: { template: MenuItemConstructorOptions[] } | null = null;
  /** The module object handed to startApp. */
  readonly electron: ElectronMain;

  constructor(
    readonly options: FakeOptions & {
      lock: boolean;
      userData: string;
      appPath: string;
      version: string;
      isPackaged: boolean;
    },
  ) {
    this.app = new FakeApp(options);
    const BrowserWindow = fakeWindowClass(this);

    const electron = {
      app: this.app,
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, handler: Handler) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          this.ipcHandlers.set(channel, handler);
        },
        removeHandler: (channel: string) => this.ipcHandlers.delete(channel),
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) =>
          this.privilegedSchemes.push({ schemes, beforeReady: !this.app.ready }),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          if (!this.app.ready) throw new Error('protocol.handle before ready');
          this.protocolHandlers.set(scheme, handler);
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: Handler) => (this.permissionRequestHandler = handler),
        },
      },
      shell: {
        openExternal: async (url: string) => void this.openedExternally.push(url),
        openPath: async (path: string) => {
          this.openedPaths.push(path);
          return '';
        },
      },
      dialog: {
        showErrorBox: (title: string, content: string) => void this.errorBoxes.push({ title, content }),
        showMessageBox: async (...args: unknown[]) => {
          this.messageBoxes.push(args);
          return { response: 0, checkboxChecked: false };
        },
      },
      Menu: {
        buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
        setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] } | null) => (this.applicationMenu = menu),
      },
    };
    this.electron = electron as unknown as ElectronMain;
  }

  ready(): void {
    this.app.becomeReady();
  }

  get window(): FakeWindow {
    const win = this.windows[0];
    if (!win) throw new Error('no window was created');
    return win;
  }

  /** What ipcRenderer.invoke would do: run the channel's handler with an event from `sender`. */
  async invoke(
    channel: string,
    input: unknown,
    from: { sender?: FakeWebContents; frameUrl?: string | null } = {},
  ): Promise<CallResult> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = from.sender ?? new FakeWebContents(this);
    const frameUrl = from.frameUrl === undefined ? sender.url || 'app://wijkhuis/index.html' : from.frameUrl;
    const event = { sender, senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return handler(event, input) as Promise<CallResult>;
  }

  fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no protocol handler for ${url}`);
    return handler(new Request(url, init));
  }

  requestPermission(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.permissionRequestHandler) throw new Error('no permission handler');
      this.permissionRequestHandler(null, permission, resolve, {});
    });
  }

  newWebContents(url = 'app://wijkhuis/index.html'): FakeWebContents {
    const contents = new FakeWebContents(this);
    contents.url = url;
    return contents;
  }
}

function fakeWindowClass(fake: FakeElectron) {
  const BrowserWindow = class extends EventEmitter implements FakeWindow {
    webContents = new FakeWebContents(fake);
    loadedUrl: string | null = null;
    shown = false;
    focused = false;
    minimized = false;
    private destroyed = false;

    constructor(public options: BrowserWindowConstructorOptions) {
      super();
      fake.windows.push(this);
      fake.app.emit('web-contents-created', {}, this.webContents);
    }

    static getAllWindows(): FakeWindow[] {
      return fake.windows.filter((w) => !w.isDestroyed());
    }

    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.url = url;
      if (fake.options.onLoad) return fake.options.onLoad(this, url);
      setImmediate(() => {
        this.emit('ready-to-show');
        this.webContents.emit('did-finish-load');
      });
    }

    show(): void {
      this.shown = true;
    }

    focus(): void {
      this.focused = true;
    }

    minimize(): void {
      this.minimized = true;
    }

    restore(): void {
      this.minimized = false;
    }

    isMinimized(): boolean {
      return this.minimized;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    close(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroy();
      this.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) fake.app.emit('window-all-closed');
    }
  };
  return BrowserWindow;
}
