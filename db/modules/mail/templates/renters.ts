import { msg } from '../../../platform/messages';
import { defineTemplates } from './template';

/** What every message about a booking can name. */
const BOOKING = {
  naam: msg('Naam van de contactpersoon of de huurder', 'Name of the contact person or the renter'),
  titel: msg('Titel van de boeking', 'Title of the booking'),
  datum: msg('Datum, of de eerste datum van een reeks', 'Date, or the first date of a series'),
  tijden: msg('Begin- en eindtijd', 'Start and end time'),
  ruimtes: msg('De geboekte ruimtes', 'The rooms booked'),
  data: msg('Alle data, één per regel (bij een reeks)', 'All dates, one a line (for a series)'),
  aantal: msg('Aantal keren (1 bij een losse boeking)', 'Number of times (1 for a single booking)'),
};

export const RENTER_TEMPLATES = defineTemplates([
  {
    key: 'boeking.bevestiging',
    audience: 'huurder',
    service: true,
    title: msg('Bevestiging van een boeking', 'Booking confirmation'),
    when: msg(
      'Als een boeking definitief wordt (niet bij een optie of aanvraag). Met een agenda-bestand (.ics).',
      'When a booking becomes definite (not for an option or request). With a calendar file (.ics).',
    ),
    placeholders: {
      ...BOOKING,
      prijs: msg('De prijs met btw (totaal bij een reeks)', 'The price including VAT (total for a series)'),
      huisregels: msg('De huisregels uit de informatie van het huis', 'The house rules from the house information'),
    },
    nl: {
      subject: 'Bevestiging: {{ titel }} op {{ datum }}',
      body: `Beste {{ naam }},

Uw boeking bij {{ huis }} is definitief.

Wat: {{ titel }}
Wanneer: {{ datum }}, {{ tijden }}
Ruimte: {{ ruimtes }}
Prijs: {{ prijs }}
{% if aantal > 1 %}
Dit is een reeks van {{ aantal }} keer:
{{ data }}
{% endif %}
In de bijlage zit een agenda-bestand. Open het om de afspraak in uw agenda te zetten.
{% if huisregels != "" %}
Onze huisregels:
{{ huisregels }}
{% endif %}
Wilt u iets veranderen? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Confirmed: {{ titel }} on {{ datum }}',
      body: `Dear {{ naam }},

Your booking at {{ huis }} is confirmed.

What: {{ titel }}
When: {{ datum }}, {{ tijden }}
Room: {{ ruimtes }}
Price: {{ prijs }}
{% if aantal > 1 %}
This is a series of {{ aantal }} times:
{{ data }}
{% endif %}
The attachment is a calendar file. Open it to put the booking in your calendar.
{% if huisregels != "" %}
Our house rules:
{{ huisregels }}
{% endif %}
Would you like to change something? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'boeking.optie_herinnering',
    audience: 'huurder',
    service: false,
    title: msg('Herinnering: optie verloopt', 'Reminder: option expires'),
    when: msg(
      'Een aantal dagen voordat een optie verloopt (in te stellen hieronder). Eén keer per boeking.',
      'Some days before an option expires (set below). Once per booking.',
    ),
    placeholders: {
      ...BOOKING,
      optie_tot: msg('Laatste dag van de optie', 'Last day of the option'),
      dagen: msg('Aantal dagen tot de optie verloopt', 'Days until the option expires'),
    },
    nl: {
      subject: 'Uw optie op {{ datum }} loopt af op {{ optie_tot }}',
      body: `Beste {{ naam }},

U heeft een optie op een ruimte bij {{ huis }}.

Wat: {{ titel }}
Wanneer: {{ datum }}, {{ tijden }}
Ruimte: {{ ruimtes }}

De optie loopt tot en met {{ optie_tot }}. Wilt u de ruimte houden? Laat het ons dan voor die dag weten. Anders geven wij de ruimte weer vrij.

Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Your option on {{ datum }} ends on {{ optie_tot }}',
      body: `Dear {{ naam }},

You have an option on a room at {{ huis }}.

What: {{ titel }}
When: {{ datum }}, {{ tijden }}
Room: {{ ruimtes }}

The option runs until {{ optie_tot }}. Would you like to keep the room? Please tell us before that day. Otherwise we will release the room.

Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'boeking.wijziging',
    audience: 'huurder',
    service: true,
    title: msg('Wijziging van een boeking', 'Booking changed'),
    when: msg(
      'Als de datum, de tijd of de ruimte van een definitieve boeking of optie verandert.',
      'When the date, time or room of a definite booking or option changes.',
    ),
    placeholders: {
      ...BOOKING,
      was: msg('Hoe het was: datum, tijd en ruimte', 'What it was: date, time and room'),
    },
    nl: {
      subject: 'Gewijzigd: {{ titel }} op {{ datum }}',
      body: `Beste {{ naam }},

Uw boeking bij {{ huis }} is veranderd.

Wat: {{ titel }}
Nu: {{ datum }}, {{ tijden }}, {{ ruimtes }}
Was: {{ was }}
{% if aantal > 1 %}
Dit geldt voor {{ aantal }} keer:
{{ data }}
{% endif %}
Klopt dit niet? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Changed: {{ titel }} on {{ datum }}',
      body: `Dear {{ naam }},

Your booking at {{ huis }} has changed.

What: {{ titel }}
Now: {{ datum }}, {{ tijden }}, {{ ruimtes }}
Was: {{ was }}
{% if aantal > 1 %}
This applies to {{ aantal }} times:
{{ data }}
{% endif %}
Is this not right? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'boeking.annulering',
    audience: 'huurder',
    service: true,
    title: msg('Annulering van een boeking', 'Booking cancelled'),
    when: msg(
      'Als een boeking of optie wordt geannuleerd, ook als een optie verloopt.',
      'When a booking or option is cancelled, also when an option expires.',
    ),
    placeholders: { ...BOOKING, reden: msg('De reden van de annulering', 'The reason for the cancellation') },
    nl: {
      subject: 'Geannuleerd: {{ titel }} op {{ datum }}',
      body: `Beste {{ naam }},

Deze boeking bij {{ huis }} gaat niet door:

Wat: {{ titel }}
Wanneer: {{ datum }}, {{ tijden }}
Ruimte: {{ ruimtes }}
{% if aantal > 1 %}
Het gaat om {{ aantal }} keer:
{{ data }}
{% endif %}
Reden: {{ reden }}

Heeft u vragen? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Cancelled: {{ titel }} on {{ datum }}',
      body: `Dear {{ naam }},

This booking at {{ huis }} will not take place:

What: {{ titel }}
When: {{ datum }}, {{ tijden }}
Room: {{ ruimtes }}
{% if aantal > 1 %}
It concerns {{ aantal }} times:
{{ data }}
{% endif %}
Reason: {{ reden }}

Any questions? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'boeking.factuur',
    audience: 'huurder',
    service: true,
    title: msg('Factuur', 'Invoice'),
    when: msg(
      'Als een factuur wordt gemaakt. De factuur zit erbij als pdf.',
      'When an invoice is made. The invoice is attached as a PDF.',
    ),
    placeholders: {
      naam: BOOKING.naam,
      nummer: msg('Factuurnummer', 'Invoice number'),
      bedrag: msg('Totaalbedrag', 'Total amount'),
      vervaldatum: msg('Uiterlijk betalen op', 'Pay by'),
      periode: msg('De periode van de factuur', 'The period of the invoice'),
    },
    nl: {
      subject: 'Factuur {{ nummer }} van {{ huis }}',
      body: `Beste {{ naam }},

In de bijlage vindt u factuur {{ nummer }} voor het gebruik van onze ruimtes in de periode {{ periode }}.

Bedrag: {{ bedrag }}
Betalen voor: {{ vervaldatum }}

Vermeld bij het betalen het factuurnummer. Heeft u vragen over de factuur? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Invoice {{ nummer }} from {{ huis }}',
      body: `Dear {{ naam }},

Attached is invoice {{ nummer }} for the use of our rooms in the period {{ periode }}.

Amount: {{ bedrag }}
Pay by: {{ vervaldatum }}

Please mention the invoice number when you pay. Questions about the invoice? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
]);
