/**
 * The translations, one pair of files per part of the app (nl is the reference, en must match it):
 * the core screens, the agenda, renting (renters, tariffs, invoices, day sheet, foyer, reports) and
 * sociaal beheer (Vandaag, logbook, checklists, incidents, defects, keys, house rules) and the
 * volunteers with their roster, activities with their attendance, and Lokaal Budget.
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

export const translations = {
  nl: { ...nl, ...agendaNl, ...rentalNl, ...beheerNl, ...rosterNl, ...attendanceNl, ...budgetNl },
  en: { ...en, ...agendaEn, ...rentalEn, ...beheerEn, ...rosterEn, ...attendanceEn, ...budgetEn },
};

export type Translation = typeof translations.nl;
