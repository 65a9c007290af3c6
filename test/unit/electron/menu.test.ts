// The application menu: review commands reach the renderer as MenuCommand; developer items only in development.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../analysis/api';
import { buildMenuTemplate, installMenu } from '../../../electron/menu';
import { Menu } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (items: MenuItemConstructorOptions[]): unknown[] => items.flatMap((i) => [i.role, ...roles(submenu(i))]).filter(Boolean);

describe('application menu', () => {
  it('has File with the review commands and their shortcuts, sending each on click', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, send: (c) => sent.push(c) });
    const file = submenu(template.find((m) => m.label === '&File'));
    const commands = file.filter((i) => i.id);
    expect(commands.map((i) => [i.id, i.accelerator])).toEqual([
      ['new-review', 'CmdOrCtrl+N'],
      ['open-review', 'CmdOrCtrl+O'],
      ['open-sample', undefined],
      ['close-review', undefined],
    ]);
    for (const item of commands) (item.click as () => void)();
    expect(sent).toEqual(['new-review', 'open-review', 'open-sample', 'close-review']);
    expect(file.at(-1)?.role).toBe('quit');
    expect(roles(template)).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'zoomIn']));
  });

  it('offers reload and developer tools only when not packaged', () => {
    const send = () => {};
    const packaged = roles(buildMenuTemplate({ platform: 'win32', isPackaged: true, send }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    const development = roles(buildMenuTemplate({ platform: 'win32', isPackaged: false, send }));
    expect(development).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('puts the app menu first on macOS', () => {
    const template = buildMenuTemplate({ platform: 'darwin', isPackaged: true, send: () => {} });
    expect(template[0]?.role).toBe('appMenu');
    expect(submenu(template[1]).at(-1)?.role).toBe('close');
  });

  it('installs the built menu as the application menu', () => {
    installMenu({ platform: 'linux', isPackaged: true, send: () => {} });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
