import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'nl'}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((lang) => ({
        value: lang,
        label: <span title={t(`language.${lang}`)}>{lang.toUpperCase()}</span>,
      }))}
    />
  );
}
