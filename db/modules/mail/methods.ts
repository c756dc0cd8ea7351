import { method } from '../../contract/method';
import { emptyInput } from '../../contract/fields';
import type { Ctx } from '../../contract/method';
import { accountInput, messageInput, outboxListInput, testMailInput } from './schemas';
import { accountView, readAccount, updateAccount } from './account';
import { sendTestMessage } from './accountTest';
import { cancelMessage, getMessage, listOutbox, resendMessage } from './outboxList';

const secretsOf = (ctx: Ctx) => ctx.house.options.services?.secrets;

export const accountMethods = {
  'mailserver.get': method({
    description:
      'Het e-mailaccount van het huis: mailserver, poort, beveiliging, gebruiker, afzender, antwoordadres, berichten per minuut, aan/uit. Nooit het wachtwoord: alleen of er een is (passwordSet) en waar de sleutel ervan ligt (secretStore, null als dit programma geen wachtwoord veilig kan bewaren).',
    access: ['beheerder'],
    mode: 'read',
    input: emptyInput,
    handler: (ctx) => accountView(readAccount(ctx.db), secretsOf(ctx)),
  }),
  'mailserver.update': method({
    description:
      'Slaat het e-mailaccount op. Een nieuw wachtwoord wordt versleuteld door de sleutelopslag van het programma (safeStorage in de app, een sleutelbestand in de preview) en alleen zo bewaard; zonder sleutelopslag wordt het geweigerd. Zonder versleuteling (security geen) alleen naar een server op deze computer.',
    access: ['beheerder'],
    mode: 'write',
    input: accountInput,
    handler: (ctx, input) => {
      const { after, summary } = updateAccount(ctx.db, ctx.clock, secretsOf(ctx), input, ctx.actor?.name ?? '');
      ctx.audit({ entity: 'mail_account', entityId: 1, summary });
      return accountView(after, secretsOf(ctx));
    },
  }),
  'mailserver.test': method({
    description:
      'Stuurt meteen een testbericht met het opgeslagen account (ook als het versturen nog uit staat) en zegt of het lukte, of in gewone woorden wat er mis ging: server niet gevonden, inlog geweigerd, certificaat, geen antwoord, verbinding geweigerd.',
    access: ['beheerder'],
    mode: 'system',
    input: testMailInput,
    handler: async (ctx, { to }) => {
      const result = await sendTestMessage(ctx.db, secretsOf(ctx), to);
      ctx.audit({
        entity: 'mail_account',
        entityId: 1,
        summary: result.sent ? 'Testbericht verstuurd' : 'Testbericht mislukt',
      });
      return result;
    },
  }),
};

export const outboxMethods = {
  'outbox.list': method({
    description:
      'Eén pagina van het postvak uit (box postvak: wacht, versturen, mislukt, geannuleerd) of van de verzonden berichten (box verzonden), nieuwste eerst, met de reden, het onderwerp, de ontvanger, pogingen en de laatste fout; counts telt de berichten per staat.',
    access: ['beheerder'],
    mode: 'read',
    input: outboxListInput,
    handler: ({ db }, q) => listOutbox(db, q),
  }),
  'outbox.get': method({
    description: 'Eén bericht met zijn tekst, het antwoord van de mailserver en de namen van de bijlagen.',
    access: ['beheerder'],
    mode: 'read',
    input: messageInput,
    handler: ({ db }, { id }) => getMessage(db, id),
  }),
  'outbox.resend': method({
    description:
      'Zet een mislukt of geannuleerd bericht terug in de wachtrij, meteen aan de beurt. Het houdt zijn Message-ID, zodat een mailprogramma twee aangekomen exemplaren als één bericht toont.',
    access: ['beheerder'],
    mode: 'write',
    input: messageInput,
    handler: (ctx, { id }) => {
      resendMessage(ctx.db, ctx.clock, id);
      ctx.audit({ entity: 'mail_messages', entityId: id, summary: `Bericht #${id} opnieuw in de wachtrij gezet` });
      return { id };
    },
  }),
  'outbox.cancel': method({
    description:
      'Annuleert een bericht dat nog wacht; het blijft zichtbaar als geannuleerd en kan later nog worden verstuurd.',
    access: ['beheerder'],
    mode: 'write',
    input: messageInput,
    handler: (ctx, { id }) => {
      cancelMessage(ctx.db, id);
      ctx.audit({ entity: 'mail_messages', entityId: id, summary: `Bericht #${id} geannuleerd` });
      return { id };
    },
  }),
};
