import i18next from 'i18next';
import { translations } from '../i18n/resources';

/**
 * The document page's own i18next: the app's instance keeps the user's language in localStorage, which this page
 * shares with the app's window (same origin), and printing a document in English must not switch the app.
 */
export const documentI18n = i18next.createInstance();
void documentI18n.init({
  resources: { nl: { translation: translations.nl }, en: { translation: translations.en } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});
