import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Core } from '../../../db/platform/core';
import { auditCount, fails, fingerprint, ok, openCore, setUp, tokenFor } from '../../helpers';

const b64 = (text: string | Buffer) => (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
const csv = (lines: string[], { sep = ';', eol = '\r\n', bom = true } = {}) =>
  `${bom ? '\uFEFF' : ''}${lines.map((l) => l.replaceAll(';', sep)).join(eol)}${eol}`;

const file = (kind: string, content: string | Buffer, fileName = 'lijst.csv') => ({
  kind,
  fileName,
  contentBase64: b64(content),
});

async function analyzeAndRun(
  core: Core,
  token: string,
  method: 'transfer.preview' | 'transfer.import',
  input: ReturnType<typeof file> & { skipDuplicates?: boolean },
) {
  const a = await ok(core, token, 'transfer.analyze', input);
  return { analysis: a, result: await ok(core, token, method, { ...input, mapping: a.suggestedMapping }) };
}

const VOLUNTEERS = csv([
  'Naam;E-mailadres;Telefoon;Startdatum;Rollen;Tegenprestatie;Notities',
  'Fatima el Amrani;fatima@example.nl;06 1234 5678;01-09-2025;bar, balie;nee;"Spreekt Arabisch; Berbers"',
  'Kees de Vries;kees@example.nl;;2024-03-15;Bar;ja;',
]);

describe('import: reading files', () => {
  it('reads CSV with semicolons, BOM, quotes and CRLF, and suggests a mapping from Dutch headers', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const a = await ok(core, token, 'transfer.analyze', file('volunteers', VOLUNTEERS));
    expect(a.format).toBe('csv');
    expect(a.headers).toEqual([
      'Naam',
      'E-mailadres',
      'Telefoon',
      'Startdatum',
      'Rollen',
      'Tegenprestatie',
      'Notities',
    ]);
    expect(a.rowCount).toBe(2);
    expect(a.samples[0]).toEqual({
      row: 2,
      cells: [
        'Fatima el Amrani',
        'fatima@example.nl',
        '06 1234 5678',
        '01-09-2025',
        'bar, balie',
        'nee',
        'Spreekt Arabisch; Berbers',
      ],
    });
    expect(a.suggestedMapping).toEqual(['name', 'email', 'phone', 'startDate', 'roles', 'tegenprestatie', 'notes']);
  });

  it('reads CSV with commas, no BOM, LF line ends, quoted newlines, English headers in odd case and accents', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const content = csv(
      [
        'FULL NAME,E-Mail,Phone Number,Date of Birth,Opmérkingen',
        '"Jan ""Jantje"" Jansen",jan@example.nl,0101234567,1960-02-29,"twee\nregels"',
        'Piet Puk,,,,',
      ],
      { sep: ',', eol: '\n', bom: false },
    );
    const a = await ok(core, token, 'transfer.analyze', file('volunteers', content.replaceAll(';', ',')));
    expect(a.headers).toEqual(['FULL NAME', 'E-Mail', 'Phone Number', 'Date of Birth', 'Opmérkingen']);
    expect(a.suggestedMapping).toEqual(['name', 'email', 'phone', 'dateOfBirth', 'notes']);
    expect(a.samples[0].cells[0]).toBe('Jan "Jantje" Jansen');
    expect(a.samples[0].cells[4]).toBe('twee\nregels');
    // The quoted newline keeps the next record on spreadsheet row 3.
    expect(a.samples[1].row).toBe(3);
  });

  it('reads tab-separated text and Windows-1252 (a CSV saved by Dutch Excel)', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const tabbed = await ok(
      core,
      token,
      'transfer.analyze',
      file('rooms', 'Naam\tVerdieping\r\nGrote zaal\tbegane grond\r\n'),
    );
    expect(tabbed.headers).toEqual(['Naam', 'Verdieping']);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Naam\tVerdieping\r\nZaal één\t1e\r\n', 'utf16le'),
    ]);
    expect((await ok(core, token, 'transfer.analyze', file('rooms', utf16, 'ruimtes.txt'))).samples[0].cells).toEqual([
      'Zaal één',
      '1e',
    ]);
    const ansi = Buffer.from([
      ...Buffer.from('Naam;Omschrijving\r\nCaf', 'latin1'),
      0xe9,
      ...Buffer.from(';voor iedereen\r\n', 'latin1'),
    ]);
    const a = await ok(core, token, 'transfer.analyze', file('rooms', ansi));
    expect(a.samples[0].cells[0]).toBe('Café');
  });

  it('reads the first sheet of an XLSX made with exceljs, or a chosen sheet, with Excel dates, numbers and booleans', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('Toelichting');
    notes.addRow(['Dit blad is uitleg']);
    notes.addRow(['nog meer uitleg']);
    const ws = wb.addWorksheet('Leden');
    ws.addRow(['Naam', 'Termijn vanaf', 'Bewoner', 'Stemgerechtigd', 'Telefoon']);
    ws.addRow(['Aïcha Bakker', new Date(Date.UTC(2026, 0, 1)), true, 'ja', 612345678]);
    ws.addRow([
      { richText: [{ text: 'Mo ' }, { text: 'Yilmaz' }] },
      new Date(Date.UTC(2026, 1, 15)),
      false,
      'ja',
      { formula: '"010 "&"1234567"', result: '010 1234567' },
    ]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());

    const first = await ok(core, token, 'transfer.analyze', file('committee', bytes, 'commissie.xlsx'));
    expect(first).toMatchObject({
      format: 'xlsx',
      sheets: ['Toelichting', 'Leden'],
      sheet: 'Toelichting',
      headers: ['Dit blad is uitleg'],
    });
    const a = await ok(core, token, 'transfer.analyze', {
      ...file('committee', bytes, 'commissie.xlsx'),
      sheet: 'Leden',
    });
    expect(a.samples).toEqual([
      { row: 2, cells: ['Aïcha Bakker', '2026-01-01', 'ja', 'ja', '612345678'] },
      { row: 3, cells: ['Mo Yilmaz', '2026-02-15', 'nee', 'ja', '010 1234567'] },
    ]);
    expect(a.suggestedMapping).toEqual(['name', 'termFrom', 'isResident', 'voting', 'phone']);
    // Mo is not a resident: with Aïcha alone that breaks the majority rule, so the whole sheet is refused.
    const sheet = { ...file('committee', bytes, 'commissie.xlsx'), sheet: 'Leden', mapping: a.suggestedMapping };
    const refused = await fails(core, token, 'transfer.import', sheet);
    expect(refused.message).toMatch(/rij 3 bevat fouten/);
    expect(refused.fieldErrors['rows.3.isResident']?.[0]).toMatch(
      /meerderheid van de stemgerechtigde leden moet bewoner/,
    );
    ws.addRow(['Ben Bewoner', '1-1-2026', 'ja', 'ja', '']);
    const fixed = { ...sheet, contentBase64: b64(Buffer.from(await wb.xlsx.writeBuffer())) };
    expect(await ok(core, token, 'transfer.import', fixed)).toMatchObject({ created: 3, issues: [] });
    const { members } = await ok(core, token, 'committee.members', {});
    expect(members.find((m: { name: string }) => m.name === 'Aïcha Bakker')).toMatchObject({
      termFrom: '2026-01-01',
      isResident: true,
      voting: true,
      phone: '612345678',
    });
    const { rows } = await ok(core, token, 'audit.list', { entity: 'import' });
    expect(rows[0].summary).toBe('Import van commissieleden uit "commissie.xlsx" (werkblad Leden): 3 aangemaakt');
    const missing = await fails(core, token, 'transfer.analyze', {
      ...file('committee', bytes, 'commissie.xlsx'),
      sheet: 'Blad9',
    });
    expect(missing.fieldErrors.sheet).toEqual(['Het werkblad "Blad9" staat niet in dit bestand.']);
  });

  it('refuses broken files with a Dutch message next to the file field', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const cases: [string, string | Buffer, RegExp][] = [
      ['kapot.xlsx', 'geen zip', /Excel-bestand kan niet worden gelezen/],
      ['leeg.csv', '\r\n\r\n', /leeg/],
      ['kop.csv', 'Naam;E-mail\r\n', /alleen een kopregel/],
      ['quotes.csv', 'Naam;E-mail\r\n"Fatima;f@example.nl\r\n', /aanhalingstekens/],
      ['binair.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]), /geen tekstbestand/],
    ];
    for (const [name, content, message] of cases) {
      const error = await fails(core, token, 'transfer.analyze', file('volunteers', content, name));
      expect(error.code, name).toBe('VALIDATION');
      expect(error.fieldErrors.contentBase64?.[0], name).toMatch(message);
    }
  });
});

describe('import: preview and commit', () => {
  it('reports errors in rows 3 and 7 in Dutch with their columns, and writes nothing on preview or commit', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const content = csv([
      'Naam;E-mail;Geboortedatum;Status',
      'Anna;anna@example.nl;1980-01-01;actief', // row 2
      'Bram;geen-adres;31-02-1990;actief', // row 3: bad e-mail and a date that does not exist
      'Carla;carla@example.nl;1975/6/3;pauze', // row 4
      'Dirk;dirk@example.nl;;', // row 5
      'Eva;eva@example.nl;;gestopt', // row 6
      ';frits@example.nl;;misschien', // row 7: no name, unknown status
      'Gert;gert@example.nl;;actief', // row 8
    ]);
    const before = fingerprint(core.db);
    const { result: report } = await analyzeAndRun(core, token, 'transfer.preview', file('volunteers', content));
    expect(report.rows).toBe(7);
    expect(report.created).toBe(5);
    expect(report.issues.map((i: { row: number }) => i.row)).toEqual([3, 3, 7, 7]);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'E-mail', message: 'Dit is geen geldig e-mailadres.' }),
        expect.objectContaining({ row: 3, column: 'Geboortedatum', message: 'Deze datum bestaat niet.' }),
        expect.objectContaining({ row: 7, column: 'Naam', message: 'Naam is verplicht.' }),
        expect.objectContaining({ row: 7, column: 'Status', message: 'Kies een van: actief, pauze, gestopt.' }),
      ]),
    );
    expect(fingerprint(core.db)).toBe(before);
    // The rows without errors could be imported: the preview ran them through the real create method.
    expect(report.issues.some((i: { row: number }) => i.row === 4)).toBe(false);

    const a = await ok(core, token, 'transfer.analyze', file('volunteers', content));
    const refused = await fails(core, token, 'transfer.import', {
      ...file('volunteers', content),
      mapping: a.suggestedMapping,
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toBe(
      'Er is niets geïmporteerd: de rijen 3, 7 bevatten fouten. Verbeter ze en importeer het bestand opnieuw.',
    );
    expect(refused.fieldErrors['rows.3.email']).toEqual(['E-mail: Dit is geen geldig e-mailadres.']);
    expect(refused.fieldErrors['rows.7.name']).toEqual(['Naam: Naam is verplicht.']);
    expect(fingerprint(core.db)).toBe(before);
  });

  it('applies the create method rules (a tegenprestatie needs hours): the whole file is refused', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const before = fingerprint(core.db);
    const a = await ok(core, token, 'transfer.analyze', file('volunteers', VOLUNTEERS));
    const report = await ok(core, token, 'transfer.preview', {
      ...file('volunteers', VOLUNTEERS),
      mapping: a.suggestedMapping,
    });
    expect(report).toMatchObject({
      created: 1,
      issues: [
        {
          row: 3,
          column: '',
          field: 'tegenprestatieHours',
          message: 'Geef het aantal uren per week van de tegenprestatie.',
          duplicate: false,
        },
      ],
    });
    const refused = await fails(core, token, 'transfer.import', {
      ...file('volunteers', VOLUNTEERS),
      mapping: a.suggestedMapping,
    });
    expect(refused.message).toMatch(/rij 3 bevat fouten/);
    expect(fingerprint(core.db)).toBe(before);
  });

  it('creates every row and writes audit rows when the file is good', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const audits = auditCount(core.db);
    const good = csv([
      'Naam;E-mail;Startdatum;Rollen;Tegenprestatie;Uren tegenprestatie per week',
      'Fatima el Amrani;fatima@example.nl;01-09-2025;bar, balie;nee;',
      'Kees de Vries;kees@example.nl;2024-03-15;Bar;ja;4',
      'Noor;;;;;',
    ]);
    const { result } = await analyzeAndRun(
      core,
      token,
      'transfer.import',
      file('volunteers', good, 'vrijwilligers.csv'),
    );
    expect(result).toMatchObject({ rows: 3, created: 3, issues: [] });
    const list = await ok(core, token, 'volunteers.list', {});
    expect(list.map((v: { name: string }) => v.name).sort()).toEqual(['Fatima el Amrani', 'Kees de Vries', 'Noor']);
    expect(list.find((v: { name: string }) => v.name === 'Kees de Vries')).toMatchObject({
      tegenprestatie: true,
      tegenprestatieHours: 4,
      roleNames: ['bar'],
    });
    expect(auditCount(core.db)).toBe(audits + 4);
    const { rows } = await ok(core, token, 'audit.list', { text: 'Import van' });
    expect(rows[0]).toMatchObject({
      method: 'transfer.import',
      entity: 'import',
      summary: 'Import van vrijwilligers uit "vrijwilligers.csv": 3 aangemaakt',
      userName: 'Bea Beheer',
    });
    const created = await ok(core, token, 'audit.list', { entity: 'volunteers' });
    expect(created.rows.filter((r: { method: string }) => r.method === 'transfer.import')).toHaveLength(3);
  });

  it('reports duplicates in the database and twice in the file, and skips them only when asked', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'volunteers.create', {
      name: 'Fatima el Amrani',
      email: 'fatima@example.nl',
      startDate: '2025-01-01',
    });
    const content = csv([
      'Naam;E-mail',
      'Fátima El Amrani;andere@example.nl', // row 2: same name, other accents and case
      'Sanne;FATIMA@example.nl', // row 3: same e-mail
      'Tom;tom@example.nl', // row 4
      'Tom Tom;tom@example.nl', // row 5: e-mail twice in the file
    ]);
    const before = fingerprint(core.db);
    const { result: report } = await analyzeAndRun(core, token, 'transfer.preview', file('volunteers', content));
    expect(report.issues).toEqual([
      {
        row: 2,
        column: '',
        field: null,
        message: 'Staat al in Wijkhuis: Fatima el Amrani (dezelfde naam).',
        duplicate: true,
      },
      {
        row: 3,
        column: '',
        field: null,
        message: 'Staat al in Wijkhuis: Fatima el Amrani (hetzelfde e-mailadres).',
        duplicate: true,
      },
      {
        row: 5,
        column: '',
        field: null,
        message: 'Staat twee keer in het bestand (hetzelfde e-mailadres als rij 4).',
        duplicate: true,
      },
    ]);
    expect(report.created).toBe(1);
    expect(
      (await fails(core, token, 'transfer.import', { ...file('volunteers', content), mapping: ['name', 'email'] }))
        .message,
    ).toMatch(/rijen 2, 3, 5/);
    expect(fingerprint(core.db)).toBe(before);

    const skipped = await ok(core, token, 'transfer.import', {
      ...file('volunteers', content),
      mapping: ['name', 'email'],
      skipDuplicates: true,
    });
    expect(skipped).toMatchObject({ created: 1, skipped: 3, issues: [] });
    expect(skipped.skippedRows.map((r: { row: number }) => r.row)).toEqual([2, 3, 5]);
    expect((await ok(core, token, 'volunteers.list', {})).map((v: { name: string }) => v.name).sort()).toEqual([
      'Fatima el Amrani',
      'Tom',
    ]);
    const again = await fails(core, token, 'transfer.import', {
      ...file('volunteers', content),
      mapping: ['name', 'email'],
      skipDuplicates: true,
    });
    expect(again.message).toMatch(/alle rijen staan al in Wijkhuis/);
  });

  it('imports renters with a tariff category by name, rooms with layouts, and committee members in a rule-keeping order', async () => {
    const core = await openCore();
    const token = await setUp(core);
    await ok(core, token, 'tariffs.createCategory', { name: 'Maatschappelijk' });
    const renters = csv([
      'Organisatie;Soort;Contactpersoon;Tariefcategorie;Sleutelrecht',
      'Stichting Buurtkracht;stichting;Ans;maatschappelijk;ja',
      'Bakkerij Zoet;Bedrijf;;Commercieel;nee',
    ]);
    const preview = (await analyzeAndRun(core, token, 'transfer.preview', file('renters', renters))).result;
    expect(preview.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Tariefcategorie',
        message: 'Onbekende tariefcategorie: "Commercieel". Bestaande: Maatschappelijk.',
      }),
    ]);
    const fixed = renters.replace('Commercieel', 'Maatschappelijk');
    expect((await analyzeAndRun(core, token, 'transfer.import', file('renters', fixed))).result.created).toBe(2);
    expect(
      (await ok(core, token, 'renters.list', {})).rows.find(
        (r: { name: string }) => r.name === 'Stichting Buurtkracht',
      ),
    ).toMatchObject({ type: 'organisatie', keyRights: true, contactPerson: 'Ans' });

    const rooms = csv([
      'Naam;Capaciteit;Voorzieningen;Rolstoel;Wisseltijd',
      'Grote zaal;theater 80, vergadering: 30;beamer, geluid;ja;15',
      'Keuken;12 mensen;;nee;',
    ]);
    const roomPreview = (await analyzeAndRun(core, token, 'transfer.preview', file('rooms', rooms))).result;
    expect(roomPreview.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Capaciteit',
        message: expect.stringMatching(/theater 80, vergadering 20/),
      }),
    ]);
    await analyzeAndRun(core, token, 'transfer.import', file('rooms', rooms.replace('12 mensen', 'kring 12')));
    const grote = (await ok(core, token, 'rooms.list', {})).find((r: { name: string }) => r.name === 'Grote zaal');
    expect(grote).toMatchObject({
      maxCapacity: 80,
      facilities: ['beamer', 'geluid'],
      wheelchairAccessible: true,
      changeoverMinutes: 15,
    });

    // The non-resident comes first in the file; residents are added first, so the majority rule holds throughout.
    const members = csv([
      'Naam;Termijn vanaf;Bewoner;Stemgerechtigd;Voorzitter',
      'Externe Expert;2026-01-01;nee;ja;nee',
      'Bewoner Een;2026-01-01;ja;ja;ja',
      'Bewoner Twee;2026-01-01;ja;ja;nee',
    ]);
    expect((await analyzeAndRun(core, token, 'transfer.import', file('committee', members))).result.created).toBe(3);
    const two = csv([
      'Naam;Termijn vanaf;Bewoner;Stemgerechtigd',
      'Expert A;2026-01-01;nee;ja',
      'Expert B;2026-01-01;nee;ja',
      'Expert C;2026-01-01;nee;ja',
    ]);
    const before = fingerprint(core.db);
    const refused = await fails(core, token, 'transfer.import', {
      ...file('committee', two),
      mapping: ['name', 'termFrom', 'isResident', 'voting'],
    });
    expect(refused.message).toMatch(/de rijen 2, 3, 4 bevatten fouten/);
    expect(Object.values(refused.fieldErrors).flat().join(' ')).toMatch(
      /meerderheid van de stemgerechtigde leden moet bewoner/,
    );
    expect(fingerprint(core.db)).toBe(before);
  });
});

describe('import: roles, mapping and bad input', () => {
  it('lets the coördinator import volunteers only, and no one else import at all', async () => {
    const core = await openCore();
    const admin = await setUp(core);
    const coordinator = await tokenFor(core, admin, 'coordinator');
    expect((await ok(core, coordinator, 'transfer.kinds', {})).map((k: { kind: string }) => k.kind)).toEqual([
      'volunteers',
    ]);
    expect((await ok(core, admin, 'transfer.kinds', {})).map((k: { kind: string }) => k.kind)).toEqual([
      'volunteers',
      'renters',
      'rooms',
      'committee',
    ]);
    const rooms = file('rooms', 'Naam\r\nZaal\r\n');
    expect((await fails(core, coordinator, 'transfer.analyze', rooms)).code).toBe('FORBIDDEN');
    expect((await fails(core, coordinator, 'transfer.import', { ...rooms, mapping: ['name'] })).code).toBe('FORBIDDEN');
    expect((await fails(core, coordinator, 'transfer.template', { kind: 'renters' })).code).toBe('FORBIDDEN');
    expect(
      (await ok(core, coordinator, 'transfer.import', { ...file('volunteers', 'Naam\r\nVera\r\n'), mapping: ['name'] }))
        .created,
    ).toBe(1);
    for (const role of ['balie', 'commissie'] as const) {
      const token = await tokenFor(core, admin, role);
      expect((await fails(core, token, 'transfer.analyze', rooms)).code).toBe('FORBIDDEN');
      expect((await fails(core, token, 'transfer.exportAll', {})).code).toBe('FORBIDDEN');
    }
    expect((await fails(core, coordinator, 'transfer.exportAll', {})).code).toBe('FORBIDDEN');
  });

  it('gives a CSV template per kind with the headers the mapping recognises', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const t = await ok(core, token, 'transfer.template', { kind: 'renters' });
    expect(t.fileName).toBe('wijkhuis-import-huurders.csv');
    expect(t.content).toBe(
      '\uFEFFNaam;Soort;Contactpersoon;Telefoon;E-mail;Factuuradres;Tariefcategorie;Sleutelrecht;Notities\r\n',
    );
    for (const kind of ['volunteers', 'renters', 'rooms', 'committee']) {
      const template = await ok(core, token, 'transfer.template', { kind });
      const withRow = `${template.content}${Array(template.content.split(';').length).fill('x').join(';')}\r\n`;
      const a = await ok(core, token, 'transfer.analyze', file(kind, withRow));
      expect(a.suggestedMapping, kind).toEqual(a.fields.map((f: { key: string }) => f.key));
    }
  });

  it('refuses a bad mapping: unknown field, a field twice, a required field missing, the wrong length', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const f = file('renters', 'Naam;Soort;Tarief\r\nA;bewoner;x\r\n');
    const before = fingerprint(core.db);
    const cases: [unknown[], string, RegExp][] = [
      [['name', 'type', 'wachtwoord'], 'mapping.2', /geen veld van huurders/],
      [['name', 'name', 'tariffCategory'], 'mapping.1', /al gekoppeld aan kolom "Naam"/],
      [['name', null, null], 'mapping', /Koppel een kolom aan Soort, Tariefcategorie: die velden zijn verplicht/],
      [['name', 'type'], 'mapping', /Koppel elke kolom/],
    ];
    for (const [mapping, key, message] of cases) {
      for (const method of ['transfer.preview', 'transfer.import']) {
        const error = await fails(core, token, method, { ...f, mapping });
        expect(error.fieldErrors[key]?.[0], `${method} ${JSON.stringify(mapping)}`).toMatch(message);
      }
    }
    expect(fingerprint(core.db)).toBe(before);
  });

  it('refuses bad input to every transfer method with a Dutch message and writes nothing', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const before = fingerprint(core.db);
    const audits = auditCount(core.db);
    const good = file('volunteers', 'Naam\r\nA\r\n');
    const cases: [string, unknown, string, RegExp][] = [
      ['transfer.analyze', { ...good, kind: 'leden' }, 'kind', /Kies wat je wilt importeren/],
      [
        'transfer.analyze',
        { ...good, fileName: 'lijst.pdf' },
        'fileName',
        /CSV-bestand \(\.csv\) of een Excel-bestand/,
      ],
      ['transfer.analyze', { ...good, contentBase64: '' }, 'contentBase64', /Kies een bestand/],
      ['transfer.analyze', { ...good, contentBase64: 'niet base64!' }, 'contentBase64', /geen base64/],
      ['transfer.analyze', { ...good, contentBase64: 'A'.repeat(7_000_000) }, 'contentBase64', /hoogstens 5 MB/],
      ['transfer.preview', { ...good, mapping: 'name' }, 'mapping', /Koppel de kolommen/],
      ['transfer.import', { ...good, mapping: [42] }, 'mapping.0', /Kies een veld/],
      ['transfer.import', { ...good, mapping: ['name'], skipDuplicates: 'ja' }, 'skipDuplicates', /dubbele rijen/],
      ['transfer.template', { kind: 'accounts' }, 'kind', /Kies wat je wilt importeren/],
      ['transfer.kinds', { extra: 1 }, '_', /.+/],
      ['transfer.exportAll', { map: '/tmp' }, '_', /.+/],
      ['transfer.exports', 'x', '_', /.+/],
      ['transfer.deleteExport', { name: '..' }, 'name', /Kies een export uit de lijst/],
    ];
    for (const [method, input, key, message] of cases) {
      const error = await fails(core, token, method, input);
      expect(error.code, method).toBe('VALIDATION');
      expect(error.message, method).toMatch(/^Controleer de invoer/);
      expect(error.fieldErrors[key]?.[0], `${method} ${key}`).toMatch(message);
    }
    expect(fingerprint(core.db)).toBe(before);
    expect(auditCount(core.db)).toBe(audits);
  });

  it('refuses a file with more rows than the limit', async () => {
    const core = await openCore();
    const token = await setUp(core);
    const big = `Naam\r\n${Array.from({ length: 5001 }, (_, i) => `Persoon ${i}`).join('\r\n')}\r\n`;
    expect((await fails(core, token, 'transfer.analyze', file('volunteers', big))).message).toMatch(
      /hoogstens 5000 rijen/,
    );
  });
});
