/**
 * The translations, one pair of files per part of the app (nl is the reference, en must match it):
 * the core screens, the agenda, and renting (renters, tariffs, invoices, day sheet, foyer, reports).
 */
import nl from './nl.json';
import en from './en.json';
import agendaNl from './agenda.nl.json';
import agendaEn from './agenda.en.json';
import rentalNl from './rental.nl.json';
import rentalEn from './rental.en.json';

export const translations = {
  nl: { ...nl, ...agendaNl, ...rentalNl },
  en: { ...en, ...agendaEn, ...rentalEn },
};

export type Translation = typeof translations.nl;
