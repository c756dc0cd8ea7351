import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  DEFECT_PRIORITIES,
  DEFECT_STATUSES,
  INCIDENT_STATUSES,
  LOGBOOK_CATEGORIES,
  SEVERITIES,
} from '../../../../../db/modules/beheer/schemas';

type Severity = (typeof SEVERITIES)[number];
type Priority = (typeof DEFECT_PRIORITIES)[number];
type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
type DefectStatus = (typeof DEFECT_STATUSES)[number];
type Category = (typeof LOGBOOK_CATEGORIES)[number];

/** Badges never shrink to "Mi…" in a narrow table column: the word is the point. */
const WHOLE = { miw: 'max-content' } as const;

/**
 * The colours say how urgent something is, the same way on every screen: grey is calm, red needs
 * someone now. The text always says it too, so colour is never the only cue.
 */
const SEVERITY: Record<Severity, BadgeProps> = {
  laag: { color: 'gray', variant: 'light' },
  middel: { color: 'yellow', variant: 'light' },
  hoog: { color: 'orange', variant: 'filled' },
  ernstig: { color: 'red', variant: 'filled' },
};
const PRIORITY: Record<Priority, BadgeProps> = {
  laag: { color: 'gray', variant: 'light' },
  normaal: { color: 'blue', variant: 'light' },
  hoog: { color: 'orange', variant: 'filled' },
  urgent: { color: 'red', variant: 'filled' },
};
const INCIDENT_STATUS: Record<IncidentStatus, BadgeProps> = {
  open: { color: 'red', variant: 'light' },
  in_behandeling: { color: 'yellow', variant: 'light' },
  afgesloten: { color: 'green', variant: 'light' },
};
const DEFECT_STATUS: Record<DefectStatus, BadgeProps> = {
  gemeld: { color: 'red', variant: 'light' },
  doorgegeven: { color: 'blue', variant: 'light' },
  in_behandeling: { color: 'yellow', variant: 'light' },
  opgelost: { color: 'green', variant: 'light' },
};
const CATEGORY: Record<Category, BadgeProps> = {
  algemeen: { color: 'gray', variant: 'light' },
  overdracht: { color: 'wijk', variant: 'light' },
  bezoekers: { color: 'blue', variant: 'light' },
  activiteiten: { color: 'grape', variant: 'light' },
  schoonmaak: { color: 'cyan', variant: 'light' },
  onderhoud: { color: 'orange', variant: 'light' },
  veiligheid: { color: 'red', variant: 'light' },
};

export function SeverityBadge({ value }: { value: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge {...WHOLE} {...SEVERITY[value]}>
      {t(`incidents.severities.${value}`)}
    </Badge>
  );
}

export function IncidentStatusBadge({ value }: { value: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...WHOLE} {...INCIDENT_STATUS[value]}>
      {t(`incidents.statuses.${value}`)}
    </Badge>
  );
}

export function PriorityBadge({ value }: { value: Priority }) {
  const { t } = useTranslation();
  return (
    <Badge {...WHOLE} {...PRIORITY[value]}>
      {t(`defects.priorities.${value}`)}
    </Badge>
  );
}

export function DefectStatusBadge({ value }: { value: DefectStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...WHOLE} {...DEFECT_STATUS[value]}>
      {t(`defects.statuses.${value}`)}
    </Badge>
  );
}

export function CategoryBadge({ value }: { value: Category }) {
  const { t } = useTranslation();
  return (
    <Badge {...WHOLE} {...CATEGORY[value]}>
      {t(`logbook.categories.${value}`)}
    </Badge>
  );
}
