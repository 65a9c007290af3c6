// The application menu: review commands go to the renderer as MenuCommand on one channel.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../analysis/api';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
  send(command: MenuCommand): void;
}

export function buildMenuTemplate({ platform, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: menuCommand,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(menuCommand),
  });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&New review…', 'new-review', 'CmdOrCtrl+N'),
      command('&Open review…', 'open-review', 'CmdOrCtrl+O'),
      command('Open &sample district', 'open-sample'),
      { type: 'separator' },
      command('&Close review', 'close-review'),
      { type: 'separator' },
      // On macOS Quit lives in the app menu; File ends with closing the window, as users expect there.
      isMac ? { role: 'close' } : { role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
