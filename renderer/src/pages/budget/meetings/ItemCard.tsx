import { useId, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import { useMe } from '../../../session/SessionContext';
import { ApplicationStatusBadge } from '../shared/StatusBadge';
import { Declarations } from './Declarations';
import { Scores } from './Scores';
import { Proposal } from './Proposal';
import { Votes } from './Votes';
import { Decision } from './Decision';
import type { Item, Meeting } from './types';

/** One agenda item in the room: declarations, scores, the proposal, the votes, the result and the decision. */
export function ItemCard({ meeting, item, onSaved }: { meeting: Meeting; item: Item; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const titleId = useId();
  const ledger = meeting.ledgers.find((l) => l.roundId === item.application.roundId);
  const [scoresChanged, setScoresChanged] = useState(0);
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby={titleId}
      id={`item-${item.id}`}
      // Not under the app's fixed header when the agenda's link scrolls here.
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {t('meetings.itemNumber', { n: item.position })} · {item.application.number} ·{' '}
              {item.application.schemeLabel} · {item.application.roundName}
            </Text>
            <Title order={2} size="h3" id={titleId} tabIndex={-1}>
              {item.application.title}
            </Title>
            <Text size="sm">
              {item.application.applicantName} ({item.application.applicantTypeLabel}), {item.application.wijk} ·{' '}
              {t('applications.requested')} {f.money(item.application.requestedCents)}
            </Text>
          </div>
          <Group gap="xs">
            <ApplicationStatusBadge status={item.application.status} />
            {me.user.role === 'beheerder' && (
              <Anchor component={Link} to={`/aanvragen/${item.applicationId}`} size="sm">
                {t('meetings.openApplication')}
              </Anchor>
            )}
          </Group>
        </Group>
        {ledger && (
          <Text size="sm">
            {t('meetings.remainingInRound', { round: ledger.roundName, amount: f.money(ledger.ledger.remainingCents) })}
          </Text>
        )}
        <Alert
          color={item.quorum.met ? 'green' : 'red'}
          variant="light"
          py="xs"
          title={item.quorum.met ? t('meetings.itemQuorumMet') : t('meetings.itemQuorumNotMet')}
        >
          {item.quorum.message}
        </Alert>
        <Divider />
        <Declarations meeting={meeting} item={item} onSaved={onSaved} />
        {item.scores.criteria.length > 0 && (
          <>
            <Divider />
            <Scores
              key={scoresChanged}
              meeting={meeting}
              item={item}
              onSaved={() => setScoresChanged((n) => n + 1)}
              onMeeting={onSaved}
            />
          </>
        )}
        <Divider />
        <Proposal meeting={meeting} item={item} onSaved={onSaved} />
        <Divider />
        <Votes meeting={meeting} item={item} onSaved={onSaved} />
        <Divider />
        {item.decided ? <DecisionShown item={item} /> : <Decision meeting={meeting} item={item} onSaved={onSaved} />}
      </Stack>
    </Card>
  );
}

const OUTCOME_COLORS: Record<string, string> = {
  toegekend: 'green',
  deels_toegekend: 'teal',
  afgewezen: 'red',
  aangehouden: 'orange',
};

function DecisionShown({ item }: { item: Item }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  return (
    <Stack gap="xs" data-testid="decision">
      <Title order={3} size="h4">
        {t('meetings.decision')}
      </Title>
      <Group gap="sm">
        <Badge size="lg" color={OUTCOME_COLORS[item.outcome ?? ''] ?? 'gray'} style={{ textTransform: 'none' }}>
          {t(`meetings.outcome.${item.outcome ?? 'aangehouden'}`)}
        </Badge>
        {item.grantedCents > 0 && <Text fw={600}>{t('meetings.granted', { amount: f.money(item.grantedCents) })}</Text>}
        <Text size="sm">
          {t('meetings.tally', { voor: item.votesFor, tegen: item.votesAgainst, onthouding: item.votesAbstain })}
        </Text>
      </Group>
      {item.tieBreakNote && <Text size="sm">{item.tieBreakNote}</Text>}
      {item.conditions && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          <strong>{t('meetings.conditions')}:</strong> {item.conditions}
        </Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        <strong>{t('meetings.motivation')}:</strong> {item.motivation}
      </Text>
      <Text size="xs" c="dimmed">
        {t('meetings.decidedBy', { name: item.decidedBy, at: item.decidedAt ? f.wallClock(item.decidedAt) : '' })}
      </Text>
      {me.user.role === 'beheerder' && (
        <Group>
          <Button
            component={Link}
            to={`/aanvragen/${item.applicationId}/brief`}
            variant="light"
            leftSection={<IconMail size={18} aria-hidden />}
          >
            {t('meetings.letter')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
