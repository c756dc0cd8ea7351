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
    // Never cut off to "Wa…" in a narrow column: the state is the point of the row.
    <Badge color={COLOR[state]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`mail.outbox.states.${state}`)}
    </Badge>
  );
}
