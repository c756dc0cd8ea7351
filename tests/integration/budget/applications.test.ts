import { describe, expect, it } from 'vitest';
import { addDays, formatDateNl } from '../../../db/platform/clock';
import { ApiError } from '../../../db/platform/errors';
import { APPLICATION_STATUSES } from '../../../db/modules/budget/schemas';
import { TRANSITIONS, dateLong, setStatus } from '../../../db/modules/budget/shared';
import { auditCount, fails, fingerprint, ok } from '../../helpers';
import { admissible, budgetHouse, daysAgo, lbApplication, rtcApplication, today } from './fixture';
import { today as testToday } from '../../clock';

const year = () => testToday().slice(0, 4);

describe('registering applications at the desk', () => {
  it('registers an application with a number, its lines, totals, the automatic checks and who did it when', async () => {
    const h = await budgetHouse();
    const a = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id));
    expect(a).toMatchObject({
      number: `LB-${year()}-001`,
      status: 'ingediend',
      statusLabel: 'Ingediend',
      iban: 'NL91ABNA0417164300',
      receivedOn: today(),
      nextStatuses: ['ontvankelijk', 'niet_ontvankelijk', 'ingetrokken'],
    });
    expect(a.totals).toEqual({
      costsCents: 8000_00,
      reimbursableCents: 7000_00,
      nonReimbursableCents: 1000_00,
      cashFundingCents: 2000_00,
      inKindCents: 750_00,
      partnersCashCents: 0,
      coverageCents: 8000_00,
      balanced: true,
      actualCostsCents: null,
    });
    expect(a.costLines.map((l: { reimbursable: boolean }) => l.reimbursable)).toEqual([true, true, false]);
    expect(Object.values(a.autoChecks).map((c) => (c as { result: boolean }).result)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(a.history).toEqual([
      {
        from: null,
        to: 'ingediend',
        fromLabel: null,
        toLabel: 'Ingediend',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        userName: 'Bea Beheer',
        note: `Aan de balie geregistreerd, ontvangen op ${formatDateNl(today())}`,
      },
    ]);
    const second = await ok(h.core, h.token, 'applications.create', rtcApplication(h.rtc.id));
    expect(second.number).toBe(`RtC-${year()}-001`);
    const { rows } = await ok(h.core, h.token, 'audit.list', { entity: 'budget_applications' });
    expect(rows[1]).toMatchObject({
      method: 'applications.create',
      userName: 'Bea Beheer',
      summary: `Aanvraag LB-${year()}-001 "Samen tuinieren met ouderen", € 6.000,00 in Ronde 1: ingediend`,
    });
  });

  it('refuses a cost breakdown that does not add up and a request for costs that are not reimbursed, next to the fields, writing nothing', async () => {
    const h = await budgetHouse();
    const before = fingerprint(h.core.db);
    const audits = auditCount(h.core.db);
    const base = lbApplication(h.lb.id);
    const unbalanced = await fails(h.core, h.token, 'applications.create', {
      ...base,
      costLines: [base.costLines[0], { ...base.costLines[1], amountCents: 4500_00 }, base.costLines[2]],
    });
    expect(unbalanced.code).toBe('VALIDATION');
    expect(unbalanced.fieldErrors).toEqual({
      costLines: [
        'De begroting sluit niet: de kosten (€ 8.500,00) zijn niet gelijk aan het gevraagde bedrag plus de overige dekking in geld (€ 8.000,00).',
      ],
    });
    const notReimbursed = await fails(h.core, h.token, 'applications.create', {
      ...base,
      costLines: [
        base.costLines[0],
        { ...base.costLines[1], reimbursable: false, amountCents: 4500_00 },
        base.costLines[2],
      ],
    });
    expect(notReimbursed.fieldErrors).toEqual({
      costLines: [
        'De begroting sluit niet: de kosten (€ 8.500,00) zijn niet gelijk aan het gevraagde bedrag plus de overige dekking in geld (€ 8.000,00).',
      ],
      requestedCents: [
        'Het gevraagde bedrag (€ 6.000,00) is hoger dan de kosten die vergoed kunnen worden (€ 3.000,00): niet-vergoedbare kosten komen uit andere bronnen.',
      ],
    });
    expect(
      (
        await fails(h.core, h.token, 'applications.create', {
          ...base,
          costLines: [{ description: '', amountCents: -5 }],
        })
      ).fieldErrors,
    ).toEqual({
      'costLines.0.description': ['Omschrijving is verplicht.'],
      'costLines.0.amountCents': ['Het bedrag kan niet negatief zijn.'],
    });
    expect(
      (await fails(h.core, h.token, 'applications.create', { ...base, requestedCents: 12.5 })).fieldErrors,
    ).toEqual({ requestedCents: ['Vul het gevraagde bedrag in hele centen in.'] });
    expect(
      (await fails(h.core, h.token, 'applications.create', { ...base, expectedReach: { kwetsbare_bewoners: 5 } }))
        .fieldErrors,
    ).toEqual({
      'expectedReach.kwetsbare_bewoners': [
        'Vink kwetsbare bewoners aan als prioriteitsgroep, of laat het verwachte bereik 0.',
      ],
    });
    expect(
      (await fails(h.core, h.token, 'applications.create', { ...base, receivedOn: addDays(testToday(), 1) }))
        .fieldErrors,
    ).toEqual({ receivedOn: ['De ontvangstdatum ligt in de toekomst.'] });
    expect(fingerprint(h.core.db)).toBe(before);
    expect(auditCount(h.core.db)).toBe(audits);
  });

  it("asks to confirm an amount outside the round's range, a late arrival or another wijk, and registers after confirmation for a letter of non-admissibility", async () => {
    const h = await budgetHouse();
    const round = await ok(h.core, h.token, 'budget.round', { id: h.lb.id });
    const late = lbApplication(h.lb.id, {
      requestedCents: 4000_00,
      receivedOn: daysAgo(61),
      wijk: 'Pendrecht',
      costLines: [
        { description: 'Materiaal', amountCents: 3000_00 },
        { description: 'Begeleiding', amountCents: 2000_00 },
        { description: 'Feest', amountCents: 1000_00, reimbursable: false },
      ],
    });
    const before = fingerprint(h.core.db);
    const warned = await fails(h.core, h.token, 'applications.create', late);
    expect(warned.code).toBe('NEEDS_CONFIRMATION');
    const amount =
      'Het gevraagde bedrag (€ 4.000,00) ligt buiten het bereik van de ronde (€ 5.000,00 tot en met € 20.000,00). Registreer de aanvraag alleen als ze zo is ingediend: ze is dan niet ontvankelijk.';
    const window = `Ontvangen op ${formatDateNl(daysAgo(61))}, buiten de indieningstermijn (${formatDateNl(round.opensOn)} t/m ${formatDateNl(round.closesOn)}).`;
    const wijk = 'Pendrecht hoort niet bij het gebied van deze ronde (Tarwewijk, Carnisse).';
    expect(warned.fieldErrors).toEqual({
      requestedCents: [amount],
      receivedOn: [window],
      wijk: [wijk],
      warnings: [amount, window, wijk],
    });
    expect(warned.message).toBe(`Let op: ${amount} (en 2 andere waarschuwingen)`);
    expect(fingerprint(h.core.db)).toBe(before);

    const registered = await ok(h.core, h.token, 'applications.create', { ...late, confirmWarnings: true });
    expect(registered.status).toBe('ingediend');
    const checklist = await ok(h.core, h.token, 'eligibility.checklist', { applicationId: registered.id });
    const auto = Object.fromEntries(
      checklist.items
        .filter((i: { auto: string }) => i.auto)
        .map((i: { auto: string; autoResult: boolean }) => [i.auto, i.autoResult]),
    );
    expect(auto).toEqual({ gebied: false, periode: true, begroting: true, bedrag: false, venster: false });
  });

  it('saves a concept leniently, applies the rules when it is submitted, and deletes only concepts', async () => {
    const h = await budgetHouse();
    const base = lbApplication(h.lb.id);
    const concept = await ok(h.core, h.token, 'applications.create', {
      ...base,
      register: false,
      receivedOn: null,
      description: '',
      costLines: [{ description: 'Nog uitzoeken', amountCents: 100_00 }],
    });
    expect(concept).toMatchObject({ status: 'concept', number: null, receivedOn: null });
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'applications.submit', { id: concept.id, receivedOn: today() })).fieldErrors,
    ).toEqual({
      description: ['Beschrijf wat de aanvrager gaat doen.'],
      costLines: [
        'De begroting sluit niet: de kosten (€ 100,00) zijn niet gelijk aan het gevraagde bedrag plus de overige dekking in geld (€ 8.000,00).',
      ],
      requestedCents: [
        'Het gevraagde bedrag (€ 6.000,00) is hoger dan de kosten die vergoed kunnen worden (€ 100,00): niet-vergoedbare kosten komen uit andere bronnen.',
      ],
    });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'applications.update', { ...base, id: concept.id });
    const submitted = await ok(h.core, h.token, 'applications.submit', { id: concept.id, receivedOn: today() });
    expect(submitted).toMatchObject({ status: 'ingediend', number: `LB-${year()}-001` });
    expect(submitted.history.map((r: { to: string }) => r.to)).toEqual(['concept', 'ingediend']);
    expect((await fails(h.core, h.token, 'applications.delete', { id: concept.id })).message).toBe(
      'Alleen een concept kan worden verwijderd; een ingediende aanvraag kan worden ingetrokken.',
    );
    const other = await ok(h.core, h.token, 'applications.create', { ...base, register: false, title: 'Weg ermee' });
    await ok(h.core, h.token, 'applications.delete', { id: other.id });
    expect((await ok(h.core, h.token, 'applications.list')).map((a: { id: number }) => a.id)).toEqual([concept.id]);
  });

  it('changes an application only until its admissibility is assessed, keeps it in its round, and always lets the contact details change', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    expect(
      (await fails(h.core, h.token, 'applications.update', { ...lbApplication(h.lb.id), id, title: 'Anders' })).message,
    ).toBe('Deze aanvraag is ontvankelijk: na de beoordeling van de ontvankelijkheid ligt ze vast.');
    const contact = await ok(h.core, h.token, 'applications.updateContact', {
      id,
      contactName: 'Piet de Vries',
      contactPhone: '06 98 76 54 32',
      contactEmail: 'piet@moestuin.example',
      contactAddress: '',
      iban: '',
    });
    expect(contact).toMatchObject({ contactName: 'Piet de Vries', contactEmail: 'piet@moestuin.example' });
    const contactAudit = await ok(h.core, h.token, 'audit.list', { entity: 'budget_applications', limit: 1 });
    expect(contactAudit.rows[0].summary).toBe(
      'Contactpersoon gewijzigd; Telefoon gewijzigd; E-mail gewijzigd; Adres gewijzigd; IBAN gewijzigd',
    );
    const other = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id));
    expect(
      (await fails(h.core, h.token, 'applications.update', { ...rtcApplication(h.rtc.id), id: other.id })).fieldErrors,
    ).toEqual({ roundId: ['Een ingediende aanvraag blijft in haar ronde.'] });
    const updated = await ok(h.core, h.token, 'applications.update', {
      ...lbApplication(h.lb.id),
      id: other.id,
      title: 'Tuinieren met de hele straat',
    });
    expect(updated.title).toBe('Tuinieren met de hele straat');
    const { rows } = await ok(h.core, h.token, 'audit.list', { entity: 'budget_applications', limit: 1 });
    expect(rows[0].summary).toBe('Titel: "Samen tuinieren met ouderen" → "Tuinieren met de hele straat"');
  });
});

describe('Right to Cooperate', () => {
  it("requires partners with the welfare provider as a party, and values each party's contribution", async () => {
    const h = await budgetHouse();
    const base = rtcApplication(h.rtc.id);
    const before = fingerprint(h.core.db);
    expect(
      (
        await fails(h.core, h.token, 'applications.create', {
          ...base,
          partners: [],
          costLines: [{ description: 'Feest', amountCents: 6000_00 }],
        })
      ).fieldErrors,
    ).toEqual({
      partners: ['Right to Cooperate is een samenwerking: voeg minstens één partner toe.'],
    });
    expect(
      (
        await fails(h.core, h.token, 'applications.create', {
          ...base,
          partners: [{ ...base.partners[0], kind: 'organisatie' }],
        })
      ).fieldErrors,
    ).toEqual({
      partners: [
        'Bij Right to Cooperate werkt de welzijnsaanbieder samen met lokale partijen: de welzijnsaanbieder is de aanvrager of een van de partners.',
      ],
    });
    expect(
      (await fails(h.core, h.token, 'applications.create', { ...lbApplication(h.lb.id), partners: base.partners }))
        .fieldErrors,
    ).toEqual({ partners: ['Samenwerkingspartners horen bij Right to Cooperate, niet bij Lokaal Budget.'] });
    expect(
      (
        await fails(h.core, h.token, 'applications.create', {
          ...lbApplication(h.lb.id),
          applicantType: 'welzijnsaanbieder',
        })
      ).fieldErrors,
    ).toEqual({
      applicantType: [
        'Bij Lokaal Budget vraagt een bewoner, bewonersgroep, organisatie of sociaal ondernemer aan, niet de welzijnsaanbieder zelf.',
      ],
    });
    expect(
      (await fails(h.core, h.token, 'applications.create', { ...base, partners: [{ ...base.partners[0], role: '' }] }))
        .fieldErrors,
    ).toEqual({ 'partners.0.role': ['Rol in de samenwerking is verplicht.'] });
    expect(fingerprint(h.core.db)).toBe(before);

    const a = await ok(h.core, h.token, 'applications.create', base);
    expect(a.totals).toMatchObject({
      costsCents: 7000_00,
      coverageCents: 7000_00,
      partnersCashCents: 1000_00,
      inKindCents: 4800_00,
      balanced: true,
    });
    expect(a.valuation).toEqual({
      parties: [
        {
          name: 'Woonstichting Zuid',
          role: 'aanvrager',
          cashCents: 1000_00,
          inKindCents: 0,
          totalCents: 1000_00,
          sharePercent: 8.5,
        },
        {
          name: 'Wmo radar Charlois',
          role: 'partner',
          cashCents: 1000_00,
          inKindCents: 4800_00,
          totalCents: 5800_00,
          sharePercent: 49.2,
        },
        {
          name: 'Right to Cooperate',
          role: 'budget',
          cashCents: 5000_00,
          inKindCents: 0,
          totalCents: 5000_00,
          sharePercent: 42.4,
        },
      ],
      cofundingCents: 0,
      totalCents: 11800_00,
    });
  });
});

describe('attachments', () => {
  it('stores a file in the database up to 10 MB, lists it without content, returns the content on request, and refuses other types', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    const pdf = Buffer.from('%PDF-1.4\n% begroting\n');
    const meta = await ok(h.core, h.token, 'applications.addAttachment', {
      applicationId: id,
      fileName: 'begroting.pdf',
      mimeType: 'application/pdf',
      description: 'Offerte tuincoach',
      contentBase64: pdf.toString('base64'),
    });
    expect(meta).toMatchObject({
      fileName: 'begroting.pdf',
      mimeType: 'application/pdf',
      sizeBytes: pdf.length,
      addedBy: 'Bea Beheer',
    });
    const a = await ok(h.core, h.token, 'applications.get', { id });
    expect(a.attachments).toEqual([
      expect.objectContaining({ id: meta.id, fileName: 'begroting.pdf', sizeBytes: pdf.length }),
    ]);
    expect(a.attachments[0].contentBase64).toBeUndefined();
    const content = await ok(h.core, h.token, 'applications.attachment', { id: meta.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(pdf)).toBe(true);

    const before = fingerprint(h.core.db);
    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');
    expect(
      (
        await fails(h.core, h.token, 'applications.addAttachment', {
          applicationId: id,
          fileName: 'groot.pdf',
          mimeType: 'application/pdf',
          contentBase64: tooBig,
        })
      ).fieldErrors,
    ).toEqual({ contentBase64: ['Een bijlage mag hoogstens 10 MB zijn; dit bestand is 10,1 MB.'] });
    expect(
      (
        await fails(h.core, h.token, 'applications.addAttachment', {
          applicationId: id,
          fileName: 'x.html',
          mimeType: 'text/html',
          contentBase64: 'PGI+',
        })
      ).fieldErrors,
    ).toEqual({
      mimeType: [
        'Dit soort bestand kan niet worden bijgevoegd: kies een pdf, afbeelding, tekst-, Word-, Excel- of OpenDocument-bestand.',
      ],
    });
    expect(
      (
        await fails(h.core, h.token, 'applications.addAttachment', {
          applicationId: id,
          fileName: '../etc/passwd',
          mimeType: 'text/plain',
          contentBase64: 'eA==',
        })
      ).fieldErrors,
    ).toEqual({ fileName: ['Een bestandsnaam zonder / \\ : * ? " < > |.'] });
    expect(
      (
        await fails(h.core, h.token, 'applications.addAttachment', {
          applicationId: id,
          fileName: 'a.txt',
          mimeType: 'text/plain',
          contentBase64: 'niet base64!',
        })
      ).fieldErrors,
    ).toEqual({ contentBase64: ['De inhoud van het bestand is niet goed doorgekomen (geen base64).'] });
    expect(fingerprint(h.core.db)).toBe(before);
    await ok(h.core, h.token, 'applications.removeAttachment', { id: meta.id });
    expect((await ok(h.core, h.token, 'applications.get', { id })).attachments).toEqual([]);
  });
});

describe('eligibility checklist', () => {
  it('needs every item answered, an explanation where the answer contradicts the data, and a motivation when not admissible', async () => {
    const h = await budgetHouse();
    const late = await ok(h.core, h.token, 'applications.create', {
      ...lbApplication(h.lb.id),
      receivedOn: daysAgo(61),
      confirmWarnings: true,
    });
    const { items } = await ok(h.core, h.token, 'eligibility.checklist', { applicationId: late.id });
    expect(items.map((i: { label: string }) => i.label)).toEqual([
      'Het is een welzijnsactiviteit',
      'Draagt bij aan de wijkopgave',
      'Aanvrager en activiteit horen bij het gebied',
      'Aanvullend op het reguliere welzijnsaanbod',
      'Uitgevoerd in de periode van de ronde',
      'Onderbouwde kostenbegroting aanwezig',
      'Gevraagd bedrag binnen het bereik van de ronde',
      'Ingediend binnen de indieningstermijn',
    ]);
    const windowIndex = items.findIndex((i: { auto: string }) => i.auto === 'venster');
    const allYes = items.map((i: { criterionId: number }) => ({ criterionId: i.criterionId, met: true }));
    const before = fingerprint(h.core.db);
    const contradiction = `Dit wijkt af van de gegevens: ${items[windowIndex].autoDetail} Licht toe waarom.`;
    expect(
      (
        await fails(h.core, h.token, 'applications.assess', {
          id: late.id,
          assessedOn: today(),
          answers: allYes.slice(1),
        })
      ).fieldErrors,
    ).toEqual({
      answers: ['Beantwoord alle punten van de checklist. Nog open: Het is een welzijnsactiviteit.'],
      [`answers.${windowIndex - 1}.note`]: [contradiction],
    });
    expect(
      (await fails(h.core, h.token, 'applications.assess', { id: late.id, assessedOn: today(), answers: allYes }))
        .fieldErrors,
    ).toEqual({ [`answers.${windowIndex}.note`]: [contradiction] });
    expect(contradiction).toBe(
      `Dit wijkt af van de gegevens: Ontvangen op ${formatDateNl(daysAgo(61))}; termijn ${formatDateNl(daysAgo(60))} t/m ${formatDateNl(addDays(testToday(), 30))}. Licht toe waarom.`,
    );
    // With an explanation, the desk may deviate from what the data says.
    const explained = allYes.map((a: object, i: number) =>
      i === windowIndex ? { ...a, note: 'Op de sluitingsdag in de brievenbus; de poststempel telt.' } : a,
    );
    expect(
      (
        await fails(h.core, h.token, 'applications.assess', {
          id: late.id,
          assessedOn: addDays(testToday(), 1),
          answers: explained,
        })
      ).fieldErrors,
    ).toEqual({ assessedOn: ['De datum van de beoordeling ligt in de toekomst.'] });
    const windowNo = allYes.map((a: object, i: number) => (i === windowIndex ? { ...a, met: false } : a));
    expect(
      (await fails(h.core, h.token, 'applications.assess', { id: late.id, assessedOn: today(), answers: windowNo }))
        .fieldErrors,
    ).toEqual({ motivation: ['Geef een motivering voor de brief: waarom is de aanvraag niet ontvankelijk?'] });
    expect(fingerprint(h.core.db)).toBe(before);

    const assessed = await ok(h.core, h.token, 'applications.assess', {
      id: late.id,
      assessedOn: today(),
      answers: windowNo,
      motivation: 'De aanvraag kwam te laat binnen.',
    });
    expect(assessed).toMatchObject({
      status: 'niet_ontvankelijk',
      eligibilityMotivation: 'De aanvraag kwam te laat binnen.',
    });
    expect(
      (await fails(h.core, h.token, 'applications.assess', { id: late.id, assessedOn: today(), answers: allYes }))
        .message,
    ).toBe('De ontvankelijkheid is al beoordeeld: de aanvraag is niet ontvankelijk.');
    const letter = await ok(h.core, h.token, 'applications.letter', { id: late.id });
    expect(letter).toMatchObject({
      kind: 'niet_ontvankelijk',
      kindLabel: 'Niet ontvankelijk',
      failedCriteria: [{ label: 'Ingediend binnen de indieningstermijn', note: '' }],
      decision: null,
      signatures: [{ name: 'Bea Beheer', role: 'namens Huis van de Wijk Test' }],
    });
    expect(letter.paragraphs[2]).toBe(
      'Daarom is uw aanvraag niet ontvankelijk en wordt ze niet aan de commissie voorgelegd. De aanvraag kwam te laat binnen.',
    );
    // The letter says how to object, within six weeks, before the line about questions.
    expect(letter.paragraphs.at(-2)).toBe(
      `Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen 6 weken, dus uiterlijk ${dateLong(addDays(today(), 42))}. Stuur een brief of e-mail aan Huis van de Wijk Test. Schrijf daarin uw naam en adres, de datum, het kenmerk ${letter.reference}, waarom u het niet eens bent met het besluit, en zet er uw handtekening onder.`,
    );
  });

  it('lets the beheerder configure the checklist per scheme; assessed applications keep the wording they had', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    const created = await ok(h.core, h.token, 'eligibility.createCriterion', {
      scheme: 'lokaal_budget',
      label: 'Geen winstoogmerk',
      help: 'De activiteit levert de aanvrager geen winst op.',
      sortOrder: 9,
    });
    expect(
      (
        await fails(h.core, h.token, 'eligibility.createCriterion', {
          scheme: 'lokaal_budget',
          label: 'Geen winstoogmerk',
        })
      ).fieldErrors,
    ).toEqual({ label: ['Dit punt staat al op de checklist.'] });
    const second = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id));
    expect((await ok(h.core, h.token, 'eligibility.checklist', { applicationId: second.id })).items.at(-1).label).toBe(
      'Geen winstoogmerk',
    );
    const [first] = await ok(h.core, h.token, 'eligibility.criteria', { scheme: 'lokaal_budget' });
    await ok(h.core, h.token, 'eligibility.updateCriterion', {
      id: first.id,
      label: 'Het is een activiteit voor welzijn',
      help: '',
      auto: '',
      sortOrder: 1,
      active: true,
    });
    expect((await ok(h.core, h.token, 'applications.get', { id })).eligibility[0].label).toBe(
      'Het is een welzijnsactiviteit',
    );
    await ok(h.core, h.token, 'eligibility.updateCriterion', {
      id: created.id,
      label: 'Geen winstoogmerk',
      help: '',
      auto: '',
      sortOrder: 9,
      active: false,
    });
    const { rows } = await ok(h.core, h.token, 'audit.list', { entity: 'eligibility_criteria', limit: 1 });
    expect(rows[0].summary).toBe('Toelichting gewijzigd; Actief: ja → nee');
    expect((await ok(h.core, h.token, 'eligibility.checklist', { applicationId: second.id })).items).toHaveLength(8);
  });
});

describe('the status machine', () => {
  it('allows exactly the transitions in the table, refuses every other one, and records each with who and when', async () => {
    const h = await budgetHouse();
    const app = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id));
    const who = { userId: null, name: 'Test', at: `${today()}T12:00:00` };
    let allowed = 0;
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        h.core.db.prepare('UPDATE budget_applications SET status = ? WHERE id = ?').run(from, app.id);
        const history = (h.core.db.prepare('SELECT count(*) AS n FROM budget_status_history').get() as { n: number }).n;
        let error: unknown = null;
        try {
          setStatus(h.core.db, app.id, to, who);
        } catch (e) {
          error = e;
        }
        const after = (
          h.core.db.prepare('SELECT status FROM budget_applications WHERE id = ?').get(app.id) as { status: string }
        ).status;
        if (TRANSITIONS[from].includes(to)) {
          allowed++;
          expect(error, `${from} → ${to}`).toBeNull();
          expect(after).toBe(to);
          expect((h.core.db.prepare('SELECT count(*) AS n FROM budget_status_history').get() as { n: number }).n).toBe(
            history + 1,
          );
        } else {
          expect(error, `${from} → ${to}`).toBeInstanceOf(ApiError);
          expect((error as ApiError).code).toBe('CONFLICT');
          expect(after).toBe(from);
        }
      }
    }
    expect(allowed).toBe(23);
    expect(TRANSITIONS.afgesloten).toEqual([]);
    expect(TRANSITIONS.niet_ontvankelijk).toEqual([]);
  });

  it('refuses illegal steps through the API, in Dutch, writing nothing', async () => {
    const h = await budgetHouse();
    const received = await ok(h.core, h.token, 'applications.create', lbApplication(h.lb.id));
    const before = fingerprint(h.core.db);
    expect(
      (await fails(h.core, h.token, 'meetings.setAgenda', { id: 999, applicationIds: [received.id] })).fieldErrors,
    ).toEqual({ id: ['Deze vergadering bestaat niet.'] });
    expect(
      (
        await fails(h.core, h.token, 'grants.addPayment', {
          applicationId: received.id,
          kind: 'voorschot',
          amountCents: 100_00,
          paidOn: today(),
          reference: 'X',
        })
      ).message,
    ).toBe('Op een aanvraag met status "ingediend" wordt niet betaald.');
    expect(
      (
        await fails(h.core, h.token, 'grants.account', {
          applicationId: received.id,
          accountedOn: today(),
          actualCosts: [],
          evaluation: 'x',
          spentCents: 0,
        })
      ).message,
    ).toBe('Een verantwoording hoort bij een (deels) betaalde toekenning; deze aanvraag is ingediend.');
    expect(
      (await fails(h.core, h.token, 'grants.close', { applicationId: received.id, closedOn: today() })).message,
    ).toBe('Alleen een verantwoorde aanvraag wordt afgesloten; deze is ingediend.');
    expect(
      (await fails(h.core, h.token, 'applications.submit', { id: received.id, receivedOn: today() })).message,
    ).toBe('Deze aanvraag is al geregistreerd (ingediend).');
    expect((await fails(h.core, h.token, 'applications.letter', { id: received.id })).message).toBe(
      'Over deze aanvraag is nog geen besluit genomen (ingediend): er is nog geen brief.',
    );
    expect(fingerprint(h.core.db)).toBe(before);
  });

  it('withdraws an application before payment and releases its grant; not while it is on an agenda', async () => {
    const h = await budgetHouse();
    const id = await admissible(h, lbApplication(h.lb.id));
    const meeting = await ok(h.core, h.token, 'meetings.create', { date: addDays(testToday(), 7), startTime: '19:30' });
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [id] });
    expect((await fails(h.core, h.token, 'applications.withdraw', { id, reason: 'Gaat niet door' })).message).toBe(
      'Deze aanvraag staat op de agenda van een vergadering: haal haar eerst van de agenda.',
    );
    await ok(h.core, h.token, 'meetings.setAgenda', { id: meeting.id, applicationIds: [] });
    expect((await fails(h.core, h.token, 'applications.withdraw', { id, reason: '' })).fieldErrors).toEqual({
      reason: ['Reden is verplicht.'],
    });
    const withdrawn = await ok(h.core, h.token, 'applications.withdraw', { id, reason: 'De tuin is verkocht.' });
    expect(withdrawn).toMatchObject({
      status: 'ingetrokken',
      withdrawnReason: 'De tuin is verkocht.',
      nextStatuses: [],
    });
  });
});
