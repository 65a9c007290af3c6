// A stand-in for the 'electron' module (the only thing unit tests of electron/ may replace):
// records what our code registers so tests can call it the way Electron would.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Listener | null = null;
  readonly send = vi.fn();
  /** The report's print window (issue 7): what the page answers, and the PDF Chromium would print. */
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => 'true');
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4 fake'));
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  /** Emits an Electron-style event and says whether a listener called preventDefault(). */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly destroy = vi.fn();
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

export class FakeUtilityProcess extends EventEmitter {
  readonly posted: unknown[] = [];
  killed = false;
  constructor(
    readonly modulePath: string,
    readonly args: string[],
    readonly options: unknown,
  ) {
    super();
  }
  postMessage(message: unknown): void {
    // Electron copies messages with the structured clone algorithm; so does this.
    this.posted.push(structuredClone(message));
  }
  kill(): boolean {
    this.killed = true;
    this.emit('exit', null);
    return true;
  }
  /** A message from the child, as it arrives on the main side. */
  reply(message: unknown): void {
    this.emit('message', message);
  }
  /** Requests posted so far. */
  requests(): Array<{ type: 'request'; id: number; method: string; payload: unknown }> {
    return this.posted.filter((m): m is { type: 'request'; id: number; method: string; payload: unknown } => (m as { type?: string }).type === 'request');
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  readonly protocol = { handle: vi.fn() };
  readonly webRequest = {
    onBeforeRequest: (handler: Listener) => {
      this.beforeRequest = handler;
    },
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
}

const handlers = new Map<string, Listener>();
export const ipcMain = {
  handlers,
  handle(channel: string, handler: Listener): void {
    // Electron refuses a second handler for one channel; so does this.
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
  /** Calls a channel the way ipcRenderer.invoke would reach it. */
  async invoke(channel: string, event: unknown, payload?: unknown): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, payload);
  },
};

export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined) });

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

export const forked: FakeUtilityProcess[] = [];
export const utilityProcess = {
  fork: vi.fn((modulePath: string, args: string[] = [], options: unknown = {}) => {
    const child = new FakeUtilityProcess(modulePath, args, options);
    forked.push(child);
    return child;
  }),
};

export const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
/** The preload's path lookup for dropped files (issue 3). */
export const webUtils = { getPathForFile: vi.fn((file: { name: string }): string => `/dropped/${file.name}`) };
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const session = { defaultSession: new FakeSession() };

/** The app object: lifecycle events are recorded so a test can fire them. */
export class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  private markReady: () => void = () => {};
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.markReady();
  }
  getAppPath(): string {
    return '/opt/equitylens-src';
  }
  getPath(name: string): string {
    return `/home/reviewer/${name}`;
  }
  getVersion(): string {
    return '0.1.0';
  }
  /** Emits an Electron-style event and says whether a listener called preventDefault(). */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}
export const app = new FakeApp();

/** What `vi.mock('electron', ...)` hands to the code under test. */
export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  session,
  utilityProcess,
  webUtils,
};
