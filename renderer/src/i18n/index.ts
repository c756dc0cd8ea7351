import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations, type Translation } from './resources';
import type { AppLocale } from '../format';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'wijkhuis.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    // Storage can be unavailable (privacy settings); Dutch is the house language anyway.
    return 'nl';
  }
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: translations.nl }, en: { translation: translations.en } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

// Screen readers pick their voice from <html lang>, so it follows the chosen language.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered across restarts; the switch still works for this session.
  }
});

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** English users still live in Rotterdam: day-month order, 24-hour clock, euros. */
export function localeOf(language: string): AppLocale {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export default i18n;
