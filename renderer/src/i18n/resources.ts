/**
 * The translations, one pair of files per part of the app (nl is the reference, en must match it):
 * the core screens, the agenda, renting (renters, tariffs, invoices, day sheet, foyer, reports) and
 * sociaal beheer (Vandaag, logbook, checklists, incidents, defects, keys, house rules) and the
 * volunteers with their roster, activities with their attendance, Lokaal Budget, privacy, import and
 * export, and the recovery screen shown when the database is damaged.
 */
import nl from './nl.json';
import en from './en.json';
import agendaNl from './agenda.nl.json';
import agendaEn from './agenda.en.json';
import rentalNl from './rental.nl.json';
import rentalEn from './rental.en.json';
import beheerNl from './beheer.nl.json';
import beheerEn from './beheer.en.json';
import rosterNl from './roster.nl.json';
import rosterEn from './roster.en.json';
import attendanceNl from './attendance.nl.json';
import attendanceEn from './attendance.en.json';
import budgetNl from './budget.nl.json';
import budgetEn from './budget.en.json';
import privacyNl from './privacy.nl.json';
import privacyEn from './privacy.en.json';
import transferNl from './transfer.nl.json';
import transferEn from './transfer.en.json';
import recoveryNl from './recovery.nl.json';
import recoveryEn from './recovery.en.json';

export const translations = {
  nl: {
    ...nl,
    ...agendaNl,
    ...rentalNl,
    ...beheerNl,
    ...rosterNl,
    ...attendanceNl,
    ...budgetNl,
    ...privacyNl,
    ...transferNl,
    ...recoveryNl,
  },
  en: {
    ...en,
    ...agendaEn,
    ...rentalEn,
    ...beheerEn,
    ...rosterEn,
    ...attendanceEn,
    ...budgetEn,
    ...privacyEn,
    ...transferEn,
    ...recoveryEn,
  },
};

export type Translation = typeof translations.nl;
