import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/menu';

function template(overrides: Partial<MenuOptions> = {}) {
  const clicked: string[] = [];
  const items = buildMenuTemplate({
    platform: 'linux',
    appName: 'Wijkhuis',
    devTools: false,
    openDataFolder: () => clicked.push('data'),
    showAbout: () => clicked.push('about'),
    ...overrides,
  });
  return { items, clicked };
}

const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (item: MenuItemConstructorOptions | undefined) =>
  sub(item)
    .filter((i) => i.type !== 'separator')
    .map((i) => i.label);
const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((i) => i.label === label);

describe('application menu', () => {
  it('is in Dutch on Windows and Linux', () => {
    const { items } = template();
    expect(items.map((i) => i.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(labels(items[0])).toEqual(['Gegevensmap openen', 'Afsluiten']);
    expect(labels(items[1])).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
    ]);
    expect(labels(items[2])).toEqual(['Herladen', 'Ware grootte', 'Inzoomen', 'Uitzoomen', 'Volledig scherm']);
    expect(labels(items[3])).toEqual(['Minimaliseren', 'Sluiten']);
    expect(labels(items[4])).toEqual(['Over Wijkhuis']);
  });

  it('uses roles for the standard actions, so shortcuts work per platform', () => {
    const { items } = template();
    expect(
      sub(items[1])
        .filter((i) => i.role)
        .map((i) => i.role),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(
      sub(items[2])
        .filter((i) => i.role)
        .map((i) => i.role),
    ).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(sub(items[0]).find((i) => i.label === 'Afsluiten')?.role).toBe('quit');
  });

  it('opens the data folder and the about box through the given actions', () => {
    const { items, clicked } = template();
    const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();
    click(byLabel(sub(items[0]), 'Gegevensmap openen'));
    click(byLabel(sub(items[4]), 'Over Wijkhuis'));
    expect(clicked).toEqual(['data', 'about']);
  });

  it('shows developer tools only in an unpackaged app', () => {
    expect(labels(template({ devTools: true }).items[2])).toContain('Ontwikkelaarshulpmiddelen');
    expect(labels(template().items[2])).not.toContain('Ontwikkelaarshulpmiddelen');
  });

  it('puts the app menu first on macOS, with quitting there', () => {
    const { items } = template({ platform: 'darwin' });
    expect(items.map((i) => i.label)).toEqual(['Wijkhuis', 'Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(labels(items[0])).toEqual([
      'Over Wijkhuis',
      'Voorzieningen',
      'Wijkhuis verbergen',
      'Andere verbergen',
      'Alles tonen',
      'Wijkhuis afsluiten',
    ]);
    expect(labels(items[1])).toEqual(['Gegevensmap openen', 'Venster sluiten']);
    expect(items[4]?.role).toBe('window');
  });
});
