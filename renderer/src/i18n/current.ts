import i18next from 'i18next';
import { langOf, type Lang } from '../../../db/platform/messages';

/**
 * The screen's language, for the calls to the core and the forms' validation. Read from i18next's own instance,
 * so the api client and the form helpers need not load the resources (and tests of them need no DOM).
 */
export function callLanguage(): Lang {
  return langOf(i18next.language);
}
