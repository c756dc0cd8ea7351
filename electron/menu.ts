import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools only in an unpackaged app: volunteers have no use for them. */
  devTools: boolean;
  openDataFolder: () => void;
  showAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in Dutch. Standard actions use roles, so Electron supplies the right
 * accelerators and behaviour per platform; only the labels are ours.
 */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = o.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `Over ${o.appName}`, click: () => o.showAbout() };
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: o.appName,
      submenu: [
        about,
        separator,
        { role: 'services', label: 'Voorzieningen' },
        separator,
        { role: 'hide', label: `${o.appName} verbergen` },
        { role: 'hideOthers', label: 'Andere verbergen' },
        { role: 'unhide', label: 'Alles tonen' },
        separator,
        { role: 'quit', label: `${o.appName} afsluiten` },
      ],
    });
  }

  template.push(
    {
      label: 'Bestand',
      submenu: [
        { label: 'Gegevensmap openen', click: () => o.openDataFolder() },
        separator,
        isMac ? { role: 'close', label: 'Venster sluiten' } : { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        separator,
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'reload', label: 'Herladen' },
        ...(o.devTools
          ? ([
              { role: 'forceReload', label: 'Geforceerd herladen' },
              { role: 'toggleDevTools', label: 'Ontwikkelaarshulpmiddelen' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        separator,
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        separator,
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    {
      label: 'Venster',
      // On macOS this role adds the list of open windows.
      ...(isMac ? { role: 'window' as const } : {}),
      submenu: [
        { role: 'minimize', label: 'Minimaliseren' },
        ...(isMac
          ? ([
              { role: 'zoom', label: 'Zoomen' },
              separator,
              { role: 'front', label: 'Alles naar voren' },
            ] satisfies MenuItemConstructorOptions[])
          : [{ role: 'close', label: 'Sluiten' } satisfies MenuItemConstructorOptions]),
      ],
    },
    { label: 'Help', role: 'help', submenu: [about] },
  );
  return template;
}
