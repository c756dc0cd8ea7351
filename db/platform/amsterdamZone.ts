/**
 * The VTIMEZONE for Europe/Amsterdam that every iCal export embeds (RFC 5545 §3.6.5), so calendar programs
 * place TZID=Europe/Amsterdam times right. Kept in the source, not read from a zone folder at run time: the
 * Electron main process is one bundled ES module without `__dirname`, and a data folder beside a library is
 * not shipped in the app (reading one crashed every iCal export in the built app).
 *
 * The text is tzurl.org's (Olson data, as @touch4it/ical-timezones 1.9.0 shipped it): the EU rule in force
 * since 1996, summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
 */
export const AMSTERDAM = 'Europe/Amsterdam';

export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM}`,
  'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Amsterdam',
  `X-LIC-LOCATION:${AMSTERDAM}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * ical-generator's `timezone.generator`: the block for the house's zone. Another zone is a programming error
 * (the house lives in Amsterdam time), so it throws rather than writing times calendar programs would misplace.
 */
export function amsterdamVtimezone(zone: string): string {
  if (zone !== AMSTERDAM) throw new Error(`Geen VTIMEZONE voor ${zone}: Wijkhuis schrijft alleen Amsterdamse tijden.`);
  return AMSTERDAM_VTIMEZONE;
}
