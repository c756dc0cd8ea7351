import { msg } from '../../../platform/messages';
import { defineTemplates } from './template';

const MEETING = {
  naam: msg('Naam van het commissielid', 'Name of the committee member'),
  datum: msg('Datum van de vergadering', 'Date of the meeting'),
  tijd: msg('Begintijd', 'Start time'),
  plaats: msg('Waar de commissie vergadert', 'Where the committee meets'),
};

export const COMMITTEE_TEMPLATES = defineTemplates([
  {
    key: 'commissie.uitnodiging',
    audience: 'commissielid',
    service: true,
    title: msg('Uitnodiging voor een vergadering', 'Meeting invitation'),
    when: msg(
      'Als de beheerder bij een geplande vergadering op "Uitnodiging mailen" drukt. Met het vergaderstuk als pdf.',
      'When the beheerder presses "Uitnodiging mailen" on a planned meeting. With the agenda pack as a PDF.',
    ),
    placeholders: {
      ...MEETING,
      agenda: msg('De agendapunten, één per regel', 'The agenda items, one a line'),
      aantal_punten: msg('Aantal aanvragen op de agenda', 'Number of applications on the agenda'),
    },
    nl: {
      subject: 'Uitnodiging: vergadering commissie op {{ datum }}',
      body: `Beste {{ naam }},

Je bent welkom bij de vergadering van de commissie.

Wanneer: {{ datum }} om {{ tijd }}
Waar: {{ plaats }}

De aanvragen op de agenda:
{{ agenda }}

In de bijlage zit het vergaderstuk. Lees het voor de vergadering. Heb je belang bij een aanvraag? Meld dat aan het begin van de vergadering.

Kun je niet komen? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Groet,
{{ huis }}`,
    },
    en: {
      subject: 'Invitation: committee meeting on {{ datum }}',
      body: `Dear {{ naam }},

You are welcome at the committee's meeting.

When: {{ datum }} at {{ tijd }}
Where: {{ plaats }}

The applications on the agenda:
{{ agenda }}

The attachment is the agenda pack. Please read it before the meeting. Do you have an interest in an application? Say so at the start of the meeting.

Cannot come? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Regards,
{{ huis }}`,
    },
  },
  {
    key: 'commissie.notulen',
    audience: 'commissielid',
    service: true,
    title: msg('Notulen van een vergadering', 'Minutes of a meeting'),
    when: msg(
      'Als de beheerder bij een gesloten vergadering op "Notulen mailen" drukt. Met de notulen als pdf.',
      'When the beheerder presses "Notulen mailen" on a closed meeting. With the minutes as a PDF.',
    ),
    placeholders: MEETING,
    nl: {
      subject: 'Notulen van de vergadering op {{ datum }}',
      body: `Beste {{ naam }},

In de bijlage staan de notulen van de vergadering van de commissie op {{ datum }}.

Klopt er iets niet? Antwoord op deze e-mail{% if huis_telefoon != "" %} of bel {{ huis_telefoon }}{% endif %}.

Groet,
{{ huis }}`,
    },
    en: {
      subject: 'Minutes of the meeting on {{ datum }}',
      body: `Dear {{ naam }},

The attachment holds the minutes of the committee's meeting on {{ datum }} (in Dutch).

Is something not right? Reply to this e-mail{% if huis_telefoon != "" %} or call {{ huis_telefoon }}{% endif %}.

Regards,
{{ huis }}`,
    },
  },
]);
