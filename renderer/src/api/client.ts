// Picks the transport the renderer runs over: the Electron bridge, or the local web host over HTTP.
import type { DesktopBridge, EquityLensApi, MenuCommand } from '../../../analysis/api';
import { createHttpApi, takeSessionToken } from './http-client';

export interface HostCapabilities {
  kind: 'desktop' | 'web';
  /** Native file dialogs exist only on the desktop; the browser asks for a path instead. */
  chooseProjectToOpen?: () => Promise<string | null>;
  chooseProjectToCreate?: (suggestedName: string) => Promise<string | null>;
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

export interface ApiClient {
  api: EquityLensApi;
  host: HostCapabilities;
}

declare global {
  interface Window {
    equitylens?: DesktopBridge;
  }
}

export function connectToService(): ApiClient | { error: string } {
  const bridge = window.equitylens;
  if (bridge) {
    return {
      api: bridge.api,
      host: {
        kind: 'desktop',
        chooseProjectToOpen: () => bridge.chooseProjectToOpen(),
        chooseProjectToCreate: (name) => bridge.chooseProjectToCreate(name),
        onMenuCommand: (listener) => bridge.onMenuCommand(listener),
      },
    };
  }
  const token = takeSessionToken();
  if (!token) return { error: 'Open EquityLens from the address that `equitylens serve` (or `npm run web`) printed: it carries the session key.' };
  return { api: createHttpApi(token), host: { kind: 'web', onMenuCommand: () => () => undefined } };
}
