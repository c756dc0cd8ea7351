import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailState } from '../../../../../db/modules/mail/schemas';

const COLOR: Record<MailState, string> = {
  wacht: 'yellow',
  versturen: 'blue',
  verstuurd: 'green',
  mislukt: 'red',
  geannuleerd: 'gray',
};

export function StateBadge({ state }: { state: MailState }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[state]} variant="light">
      {t(`mail.outbox.states.${state}`)}
    </Badge>
  );
}
