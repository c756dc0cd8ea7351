import type { StepSpec } from './probe';

/** A link of the side menu, by its label. */
const menu = (text: string) => ({ selector: 'a.nav-link', text });
/** The agenda's arrows are named by their aria-label ("Volgende week"), its views are the labels of a segmented control. */
const arrow = (text: string) => ({ selector: 'button[aria-label]', text });
const view = (text: string) => ({ selector: 'main label', text });

// The agenda's grid, drawn and no longer fetching (AgendaSurface sets aria-busy while its range loads).
const DAY = '.agenda-calendar[aria-busy="false"] .fc-timegrid';
const WEEK = '.agenda-calendar[aria-busy="false"] [data-agenda-week]';
const MONTH = '.agenda-calendar[aria-busy="false"] [data-agenda-month]';
/** A row of the screen's table: only drawn from its data (QueryState shows a loader until then). */
const TABLE_ROW = 'main table tbody tr';

/**
 * The walk through every main screen the issue names, in the order a working day might take it, each step
 * from the screen the previous one left: signed in once, no reload. It ends where it starts (Vandaag), so it
 * can be repeated. Vergaderingen is walked through on the way to one meeting and measured as well.
 */
export const SCREENS: StepSpec[] = [
  { name: 'Agenda, day (menu)', click: menu('Agenda'), hash: '#/agenda', ready: DAY },
  { name: 'Agenda, next day (arrow)', click: arrow('Volgende dag'), hash: '#/agenda', ready: DAY },
  { name: 'Agenda, week (view)', click: view('Week'), hash: '#/agenda', ready: WEEK },
  { name: 'Agenda, next week (arrow)', click: arrow('Volgende week'), hash: '#/agenda', ready: WEEK },
  { name: 'Agenda, month (view)', click: view('Maand'), hash: '#/agenda', ready: MONTH },
  { name: 'Agenda, next month (arrow)', click: arrow('Volgende maand'), hash: '#/agenda', ready: MONTH },
  { name: 'Dagoverzicht', click: menu('Dagoverzicht'), hash: '#/dagoverzicht', ready: 'main .mantine-Card-root' },
  // The roster's shifts of the week, drawn per day (WeekGrid).
  { name: 'Rooster week', click: menu('Rooster'), hash: '#/rooster', ready: 'main [role="tabpanel"] section' },
  {
    name: 'Gaten en dekking (tab)',
    click: { selector: 'main [role="tab"]', text: 'Gaten en dekking' },
    hash: '#/rooster/gaten',
    ready: 'main [role="tabpanel"] table tbody tr',
  },
  { name: 'Vrijwilligers', click: menu('Vrijwilligers'), hash: '#/vrijwilligers', ready: TABLE_ROW },
  { name: 'Huurders', click: menu('Huurders'), hash: '#/huurders', ready: TABLE_ROW },
  { name: 'Aanvragen', click: menu('Aanvragen'), hash: '#/aanvragen', ready: TABLE_ROW },
  { name: 'Vergaderingen', click: menu('Vergaderingen'), hash: '#/vergaderingen', ready: TABLE_ROW },
  // The first meeting of the list (the newest), from its link in the table; its heading is drawn from its data.
  {
    name: 'a meeting (from the list)',
    click: { selector: 'main table tbody a' },
    hash: '#/vergaderingen/',
    ready: 'main h1',
  },
  { name: 'Tellingen', click: menu('Tellingen'), hash: '#/tellingen', ready: 'main section.mantine-Card-root' },
  { name: 'Bereik', click: menu('Bereik'), hash: '#/bereik', ready: TABLE_ROW },
  { name: 'Auditlog', click: menu('Auditlog'), hash: '#/auditlog', ready: TABLE_ROW },
  { name: 'Vandaag', click: menu('Vandaag'), hash: '#/vandaag', ready: 'main section.mantine-Card-root' },
];

/** The steps whose answer is the agenda's bookings: their bytes per booking on the wire are a target of their own. */
export const BOOKING_VIEWS = new Set([
  'Agenda, week (view)',
  'Agenda, next week (arrow)',
  'Agenda, month (view)',
  'Agenda, next month (arrow)',
]);
