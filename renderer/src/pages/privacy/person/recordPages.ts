import type { FoundRecord } from '../privacyTypes';

/** The page where each kind of found record is corrected: the core says what it found, the screens know their routes. */
const RECORD_PAGES: Record<FoundRecord['type'], (id: number) => string> = {
  vrijwilliger: (id) => `/vrijwilligers/${id}`,
  huurder: () => '/huurders',
  aanvraag: (id) => `/aanvragen/${id}`,
  partner: () => '/aanvragen',
  commissielid: () => '/commissie',
  gebruiker: () => '/accounts',
  sleuteluitgifte: () => '/sleutels',
  boeking: () => '/agenda',
  activiteit: () => '/activiteiten',
  incident: (id) => `/incidenten/${id}`,
  logboek: () => '/logboek',
  storing: () => '/storingen',
};

export const recordPage = (r: Pick<FoundRecord, 'type' | 'id'>): string => RECORD_PAGES[r.type](r.id);
