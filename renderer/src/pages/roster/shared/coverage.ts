import { useTranslation } from 'react-i18next';
import type { CoverageGap } from './types';

// The core names its reasons in Dutch words rather than codes; these are the two it gives.
const REASONS: Record<string, 'open' | 'booking'> = {
  open: 'open',
  'boeking buiten de uren van de beheerder': 'booking',
};

/** A coverage gap in the interface language: what is missing ("BHV'er, Sleutelhouder") and why. */
export function useCoverageWords() {
  const { t } = useTranslation();
  return {
    missing: (g: CoverageGap) => g.missing.map((m) => t(`roster.coverage.kinds.${m}`)),
    why: (g: CoverageGap) =>
      g.reasons.map((r) => (REASONS[r] ? t(`roster.coverage.reasons.${REASONS[r]}`) : r)).join('; '),
  };
}
