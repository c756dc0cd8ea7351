/**
 * The translations, one pair of files per module of db/modules/ (accounts.nl.json / accounts.en.json, …), named like
 * the module's folder there and under renderer/src/pages/, plus shell.{nl,en}.json for what every screen shares (app,
 * common words, languages, roles, fields, password rules, time, the shell and its navigation, no access, home).
 * nl is the reference, en must match it. The files are spread into one object, so their top-level keys are what
 * t('…') uses (t('rooms.title') finds `rooms` in building.nl.json) and no two files may share a top-level key.
 * A new module gets its own pair here; tests/unit/i18n.test.ts checks that every module has one and that it is loaded.
 */
import shellNl from './shell.nl.json';
import shellEn from './shell.en.json';
import accountsNl from './accounts.nl.json';
import accountsEn from './accounts.en.json';
import systemNl from './system.nl.json';
import systemEn from './system.en.json';
import buildingNl from './building.nl.json';
import buildingEn from './building.en.json';
import bookingsNl from './bookings.nl.json';
import bookingsEn from './bookings.en.json';
import rosterNl from './roster.nl.json';
import rosterEn from './roster.en.json';
import budgetNl from './budget.nl.json';
import budgetEn from './budget.en.json';
import attendanceNl from './attendance.nl.json';
import attendanceEn from './attendance.en.json';
import beheerNl from './beheer.nl.json';
import beheerEn from './beheer.en.json';
import privacyNl from './privacy.nl.json';
import privacyEn from './privacy.en.json';
import transferNl from './transfer.nl.json';
import transferEn from './transfer.en.json';
import mailNl from './mail.nl.json';
import mailEn from './mail.en.json';

export const translations = {
  nl: {
    ...shellNl,
    ...accountsNl,
    ...systemNl,
    ...buildingNl,
    ...bookingsNl,
    ...rosterNl,
    ...budgetNl,
    ...attendanceNl,
    ...beheerNl,
    ...privacyNl,
    ...transferNl,
    ...mailNl,
  },
  en: {
    ...shellEn,
    ...accountsEn,
    ...systemEn,
    ...buildingEn,
    ...bookingsEn,
    ...rosterEn,
    ...budgetEn,
    ...attendanceEn,
    ...beheerEn,
    ...privacyEn,
    ...transferEn,
    ...mailEn,
  },
};

export type Translation = typeof translations.nl;
