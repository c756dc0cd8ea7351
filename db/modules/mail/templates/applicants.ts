import { msg } from '../../../platform/messages';
import { defineTemplates } from './template';

/** What every message about an application can name. */
const APPLICATION = {
  naam: msg('Naam van de contactpersoon of de aanvrager', 'Name of the contact person or the applicant'),
  nummer: msg('Nummer van de aanvraag', 'Number of the application'),
  titel: msg('Titel van de aanvraag', 'Title of the application'),
  regeling: msg('Lokaal Budget of Right to Cooperate', 'Lokaal Budget or Right to Cooperate'),
};

const CLOSING_NL = `Heeft u vragen? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}. Noem dan het nummer {{ nummer }}.

Met vriendelijke groet,
{{ huis }}`;
const CLOSING_EN = `Any questions? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}, and mention number {{ nummer }}.

Kind regards,
{{ huis }}`;

export const APPLICANT_TEMPLATES = defineTemplates([
  {
    key: 'aanvraag.ontvangst',
    audience: 'aanvrager',
    service: true,
    title: msg('Ontvangstbevestiging van een aanvraag', 'Application received'),
    when: msg('Als een aanvraag als ingediend wordt geregistreerd.', 'When an application is registered as submitted.'),
    placeholders: { ...APPLICATION, ontvangen_op: msg('Datum van ontvangst', 'Date received') },
    nl: {
      subject: 'Wij hebben uw aanvraag {{ nummer }} ontvangen',
      body: `Beste {{ naam }},

Op {{ ontvangen_op }} hebben wij uw aanvraag voor {{ regeling }} ontvangen: "{{ titel }}". Het nummer is {{ nummer }}.

Wij kijken eerst of de aanvraag aan de regels voldoet. Daarover krijgt u bericht. Daarna bespreekt de commissie uw aanvraag.

${CLOSING_NL}`,
    },
    en: {
      subject: 'We have received your application {{ nummer }}',
      body: `Dear {{ naam }},

On {{ ontvangen_op }} we received your application for {{ regeling }}: "{{ titel }}". Its number is {{ nummer }}.

First we check whether the application meets the rules. We will let you know. Then the committee discusses your application.

${CLOSING_EN}`,
    },
  },
  {
    key: 'aanvraag.ontvankelijk',
    audience: 'aanvrager',
    service: true,
    title: msg('Aanvraag ontvankelijk', 'Application admissible'),
    when: msg('Als de checklist is ingevuld en alles klopt.', 'When the checklist is filled in and everything is met.'),
    placeholders: APPLICATION,
    nl: {
      subject: 'Uw aanvraag {{ nummer }} gaat naar de commissie',
      body: `Beste {{ naam }},

Uw aanvraag "{{ titel }}" voor {{ regeling }} voldoet aan de regels. De commissie gaat de aanvraag bespreken. Na de vergadering krijgt u een brief met het besluit.

${CLOSING_NL}`,
    },
    en: {
      subject: 'Your application {{ nummer }} goes to the committee',
      body: `Dear {{ naam }},

Your application "{{ titel }}" for {{ regeling }} meets the rules. The committee will discuss it. After the meeting you will receive a letter with the decision.

${CLOSING_EN}`,
    },
  },
  {
    key: 'aanvraag.niet_ontvankelijk',
    audience: 'aanvrager',
    service: true,
    title: msg('Aanvraag niet ontvankelijk', 'Application not admissible'),
    when: msg(
      'Als de aanvraag niet aan de regels voldoet. Met de reden en de brief als pdf.',
      'When the application does not meet the rules. With the reason and the letter as a PDF.',
    ),
    placeholders: {
      ...APPLICATION,
      reden: msg('Waarom de aanvraag niet voldoet', 'Why the application does not qualify'),
    },
    nl: {
      subject: 'Uw aanvraag {{ nummer }} voldoet niet aan de regels',
      body: `Beste {{ naam }},

Wij hebben uw aanvraag "{{ titel }}" voor {{ regeling }} bekeken. Helaas voldoet de aanvraag niet aan de regels. Daarom kan de commissie de aanvraag niet bespreken.

De reden: {{ reden }}

In de bijlage staat de brief met het besluit. U kunt een nieuwe aanvraag indienen.

${CLOSING_NL}`,
    },
    en: {
      subject: 'Your application {{ nummer }} does not meet the rules',
      body: `Dear {{ naam }},

We have looked at your application "{{ titel }}" for {{ regeling }}. Unfortunately it does not meet the rules, so the committee cannot discuss it.

The reason: {{ reden }}

The attachment is the letter with the decision. You may submit a new application.

${CLOSING_EN}`,
    },
  },
  {
    key: 'aanvraag.besluit',
    audience: 'aanvrager',
    service: true,
    title: msg('Besluit over een aanvraag', 'Decision on an application'),
    when: msg(
      'Als de vergadering waarin over de aanvraag is besloten wordt gesloten. Met de besluitbrief als pdf.',
      'When the meeting that decided on the application is closed. With the decision letter as a PDF.',
    ),
    placeholders: {
      ...APPLICATION,
      besluit: msg('Het besluit in een paar woorden', 'The decision in a few words'),
      bedrag: msg('Het toegekende bedrag', 'The amount granted'),
    },
    nl: {
      subject: 'Besluit over uw aanvraag {{ nummer }}',
      body: `Beste {{ naam }},

De commissie heeft uw aanvraag "{{ titel }}" voor {{ regeling }} besproken.

Besluit: {{ besluit }}
{% if bedrag != "" %}Bedrag: {{ bedrag }}
{% endif %}
In de bijlage staat de brief met het besluit en de uitleg. Lees die goed: er staan ook afspraken in over betalen en verantwoorden.

${CLOSING_NL}`,
    },
    en: {
      subject: 'Decision on your application {{ nummer }}',
      body: `Dear {{ naam }},

The committee has discussed your application "{{ titel }}" for {{ regeling }}.

Decision: {{ besluit }}
{% if bedrag != "" %}Amount: {{ bedrag }}
{% endif %}
The attachment is the letter with the decision and the explanation (in Dutch). Please read it well: it also says how payment and accountability work.

${CLOSING_EN}`,
    },
  },
  {
    key: 'aanvraag.betaling',
    audience: 'aanvrager',
    service: true,
    title: msg('Betaling van een bijdrage', 'Payment of a grant'),
    when: msg(
      'Als een voorschot of betaling als betaald wordt geregistreerd.',
      'When an advance or payment is recorded as paid.',
    ),
    placeholders: {
      ...APPLICATION,
      soort: msg('Voorschot, betaling of terugbetaling', 'Advance, payment or repayment'),
      bedrag: msg('Het bedrag', 'The amount'),
      betaald_op: msg('Datum van betalen', 'Date paid'),
      kenmerk: msg('Het kenmerk van de betaling', 'The payment reference'),
    },
    nl: {
      subject: 'Uw aanvraag {{ nummer }}: {{ soort }} van {{ bedrag }}',
      body: `Beste {{ naam }},

Op {{ betaald_op }} is een {{ soort }} van {{ bedrag }} geboekt voor uw aanvraag "{{ titel }}".
{% if kenmerk != "" %}Kenmerk: {{ kenmerk }}
{% endif %}
${CLOSING_NL}`,
    },
    en: {
      subject: 'Your application {{ nummer }}: {{ soort }} of {{ bedrag }}',
      body: `Dear {{ naam }},

On {{ betaald_op }} a {{ soort }} of {{ bedrag }} was recorded for your application "{{ titel }}".
{% if kenmerk != "" %}Reference: {{ kenmerk }}
{% endif %}
${CLOSING_EN}`,
    },
  },
  {
    key: 'aanvraag.verantwoording_herinnering',
    audience: 'aanvrager',
    service: false,
    title: msg('Herinnering: verantwoording', 'Reminder: accountability report'),
    when: msg(
      'Twee weken voordat de verantwoording binnen moet zijn, als die er nog niet is. Eén keer per aanvraag.',
      'Two weeks before the accountability report is due, if it has not come in. Once per application.',
    ),
    placeholders: {
      ...APPLICATION,
      uiterlijk: msg('De laatste dag voor de verantwoording', 'The last day for the report'),
    },
    nl: {
      subject: 'Herinnering: verantwoording voor {{ uiterlijk }}',
      body: `Beste {{ naam }},

U kreeg een bijdrage voor "{{ titel }}". Wij ontvangen graag uiterlijk {{ uiterlijk }} uw verantwoording:

- wat u echt heeft uitgegeven, per kostenpost;
- hoeveel mensen meededen;
- een korte terugblik: wat ging goed, wat kan beter?

Geld dat u niet heeft uitgegeven, betaalt u terug.

${CLOSING_NL}`,
    },
    en: {
      subject: 'Reminder: accountability report before {{ uiterlijk }}',
      body: `Dear {{ naam }},

You received a grant for "{{ titel }}". Please send us your accountability report by {{ uiterlijk }}:

- what you actually spent, per cost item;
- how many people took part;
- a short look back: what went well, what could be better?

Money you did not spend, you pay back.

${CLOSING_EN}`,
    },
  },
]);
