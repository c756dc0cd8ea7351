import { defineTemplates } from './template';
import { msg } from '../../../platform/messages';

/** What the house sends to volunteers, and to the coördinator about them. */
export const VOLUNTEER_TEMPLATES = defineTemplates([
  {
    key: 'rooster.mailen',
    audience: 'vrijwilliger',
    service: true,
    title: msg('Rooster mailen', 'Mail the roster'),
    when: msg(
      'Als de coördinator het rooster van een periode mailt; met een agendabestand (.ics).',
      'When the coördinator mails the roster of a period; with a calendar file (.ics).',
    ),
    placeholders: {
      naam: msg('Naam van de vrijwilliger', 'Name of the volunteer'),
      periode: msg('De periode, van en tot', 'The period, from and to'),
      diensten: msg('De diensten, één per regel', 'The shifts, one per line'),
      aantal: msg('Aantal diensten', 'Number of shifts'),
    },
    nl: {
      subject: 'Je rooster {{ periode }}',
      body: `Beste {{ naam }},

Hier is je rooster bij {{ huis }} voor {{ periode }}.
{% if aantal == 0 %}
Je staat in deze periode niet op het rooster.
{% else %}
Je diensten:
{{ diensten }}

In de bijlage staat een agendabestand. Open het om de diensten in je agenda te zetten.
{% endif %}
Kun je een keer niet? Laat het ons zo snel mogelijk weten{% if huis_telefoon != '' %}: bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Your roster {{ periode }}',
      body: `Dear {{ naam }},

Here is your roster at {{ huis }} for {{ periode }}.
{% if aantal == 0 %}
You are not on the roster in this period.
{% else %}
Your shifts:
{{ diensten }}

The attachment is a calendar file. Open it to put the shifts in your calendar.
{% endif %}
Can you not make it? Please tell us as soon as possible{% if huis_telefoon != '' %}: call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'dienst.herinnering',
    audience: 'vrijwilliger',
    service: false,
    title: msg('Herinnering aan een dienst', 'Shift reminder'),
    when: msg(
      'De dag voor een dienst, alleen aan vrijwilligers die herinneringen willen.',
      'The day before a shift, only to volunteers who want reminders.',
    ),
    placeholders: {
      naam: msg('Naam van de vrijwilliger', 'Name of the volunteer'),
      dienst: msg('Naam van de dienst', 'Name of the shift'),
      datum: msg('Datum van de dienst', 'Date of the shift'),
      tijd: msg('Begin- en eindtijd', 'Start and end time'),
      rol: msg('Rol in de dienst', 'Role in the shift'),
    },
    nl: {
      subject: 'Morgen: {{ dienst }} om {{ tijd }}',
      body: `Beste {{ naam }},

Even een herinnering: morgen, {{ datum }}, heb je dienst bij {{ huis }}.

Dienst: {{ dienst }}
Tijd: {{ tijd }}
Rol: {{ rol }}

Kun je toch niet? Laat het ons dan zo snel mogelijk weten{% if huis_telefoon != '' %}: bel {{ huis_telefoon }}{% endif %}.

Tot morgen!
{{ huis }}`,
    },
    en: {
      subject: 'Tomorrow: {{ dienst }} at {{ tijd }}',
      body: `Dear {{ naam }},

A reminder: tomorrow, {{ datum }}, you have a shift at {{ huis }}.

Shift: {{ dienst }}
Time: {{ tijd }}
Role: {{ rol }}

Can you not make it after all? Please tell us as soon as possible{% if huis_telefoon != '' %}: call {{ huis_telefoon }}{% endif %}.

See you tomorrow!
{{ huis }}`,
    },
  },
  {
    key: 'dienst.gewijzigd',
    audience: 'vrijwilliger',
    service: true,
    title: msg('Dienst gewijzigd', 'Shift changed'),
    when: msg(
      'Als de datum of tijd van een dienst verandert, aan wie erop staat.',
      'When the date or time of a shift changes, to those on it.',
    ),
    placeholders: {
      naam: msg('Naam van de vrijwilliger', 'Name of the volunteer'),
      dienst: msg('Naam van de dienst', 'Name of the shift'),
      was: msg('Datum en tijd van eerst', 'Date and time before'),
      wordt: msg('De nieuwe datum en tijd', 'The new date and time'),
    },
    nl: {
      subject: 'Gewijzigd: {{ dienst }}, nu {{ wordt }}',
      body: `Beste {{ naam }},

Je dienst "{{ dienst }}" bij {{ huis }} is veranderd.

Eerst: {{ was }}
Nu: {{ wordt }}

Kun je op de nieuwe tijd niet? Laat het ons dan zo snel mogelijk weten{% if huis_telefoon != '' %}: bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Changed: {{ dienst }}, now {{ wordt }}',
      body: `Dear {{ naam }},

Your shift "{{ dienst }}" at {{ huis }} has changed.

Before: {{ was }}
Now: {{ wordt }}

Can you not make the new time? Please tell us as soon as possible{% if huis_telefoon != '' %}: call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'dienst.vervallen',
    audience: 'vrijwilliger',
    service: true,
    title: msg('Dienst gaat niet door', 'Shift cancelled'),
    when: msg(
      'Als een dienst vervalt, of als een vrijwilliger van een dienst wordt gehaald.',
      'When a shift is cancelled, or a volunteer is taken off a shift.',
    ),
    placeholders: {
      naam: msg('Naam van de vrijwilliger', 'Name of the volunteer'),
      dienst: msg('Naam van de dienst', 'Name of the shift'),
      wanneer: msg('Datum en tijd van de dienst', 'Date and time of the shift'),
      vervallen: msg(
        'ja als de hele dienst vervalt, nee als alleen de vrijwilliger eraf is',
        'yes when the whole shift is cancelled, no when only the volunteer is taken off',
      ),
    },
    nl: {
      subject: 'Je hoeft niet te komen: {{ dienst }} {{ wanneer }}',
      body: `Beste {{ naam }},

{% if vervallen == 'ja' %}De dienst "{{ dienst }}" op {{ wanneer }} gaat niet door.{% else %}Je staat niet meer op de dienst "{{ dienst }}" op {{ wanneer }}.{% endif %}
Je hoeft dan dus niet te komen.

Heb je een vraag? Neem contact met ons op{% if huis_telefoon != '' %}: bel {{ huis_telefoon }}{% endif %}.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'No need to come: {{ dienst }} {{ wanneer }}',
      body: `Dear {{ naam }},

{% if vervallen == 'ja' %}The shift "{{ dienst }}" on {{ wanneer }} is cancelled.{% else %}You are no longer on the shift "{{ dienst }}" on {{ wanneer }}.{% endif %}
So you do not need to come then.

Any questions? Please contact us{% if huis_telefoon != '' %}: call {{ huis_telefoon }}{% endif %}.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'certificaat.verloopt',
    audience: 'vrijwilliger',
    service: false,
    title: msg('Certificaat verloopt', 'Certificate expires'),
    when: msg(
      'Als een VOG, BHV of EHBO binnen 60 dagen verloopt, één keer, aan de vrijwilliger.',
      'When a VOG, BHV or first-aid certificate expires within 60 days, once, to the volunteer.',
    ),
    placeholders: {
      naam: msg('Naam van de vrijwilliger', 'Name of the volunteer'),
      certificaat: msg('Het certificaat (VOG, BHV, EHBO)', 'The certificate (VOG, BHV, first aid)'),
      verloopt_op: msg('Datum waarop het verloopt', 'Date it expires'),
    },
    nl: {
      subject: 'Je {{ certificaat }} verloopt op {{ verloopt_op }}',
      body: `Beste {{ naam }},

Je {{ certificaat }} is geldig tot {{ verloopt_op }}. Vraag op tijd een nieuwe aan, dan kun je je werk bij {{ huis }} blijven doen.

Heb je de nieuwe? Laat hem dan zien aan de coördinator.

Met vriendelijke groet,
{{ huis }}`,
    },
    en: {
      subject: 'Your {{ certificaat }} expires on {{ verloopt_op }}',
      body: `Dear {{ naam }},

Your {{ certificaat }} is valid until {{ verloopt_op }}. Please apply for a new one in time, so you can keep doing your work at {{ huis }}.

Got the new one? Please show it to the coördinator.

Kind regards,
{{ huis }}`,
    },
  },
  {
    key: 'certificaat.verloopt.coordinator',
    audience: 'gebruiker',
    service: true,
    title: msg('Certificaat verloopt (aan de coördinator)', 'Certificate expires (to the coördinator)'),
    when: msg(
      'Als een VOG, BHV of EHBO van een vrijwilliger binnen 60 dagen verloopt, één keer, aan elke coördinator met een e-mailadres.',
      "When a volunteer's VOG, BHV or first-aid certificate expires within 60 days, once, to each coördinator with an email address.",
    ),
    placeholders: {
      naam: msg('Naam van de coördinator', 'Name of the coördinator'),
      vrijwilliger: msg('Naam van de vrijwilliger', 'Name of the volunteer'),
      certificaat: msg('Het certificaat (VOG, BHV, EHBO)', 'The certificate (VOG, BHV, first aid)'),
      verloopt_op: msg('Datum waarop het verloopt', 'Date it expires'),
    },
    nl: {
      subject: '{{ certificaat }} van {{ vrijwilliger }} verloopt op {{ verloopt_op }}',
      body: `Beste {{ naam }},

De {{ certificaat }} van {{ vrijwilliger }} is geldig tot {{ verloopt_op }}.

Zorg dat er op tijd een nieuwe is. Zet de nieuwe in Wijkhuis bij de vrijwilliger, onder Certificaten.

{{ huis }}`,
    },
    en: {
      subject: '{{ certificaat }} of {{ vrijwilliger }} expires on {{ verloopt_op }}',
      body: `Dear {{ naam }},

The {{ certificaat }} of {{ vrijwilliger }} is valid until {{ verloopt_op }}.

Make sure there is a new one in time. Record it in Wijkhuis with the volunteer, under Certificates.

{{ huis }}`,
    },
  },
]);
