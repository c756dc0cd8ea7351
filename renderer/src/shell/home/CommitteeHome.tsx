import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconGavel, IconInfoCircle, IconScale } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { useApi } from '../../hooks/useApi';
import { useFormat } from '../../hooks/useFormat';
import { useMe } from '../../session/SessionContext';

type Mine = Output<'meetings.mine'>;

/** The next meeting and the applications on its agenda: what to read before the evening. */
function NextMeetingCard({ meeting }: { meeting: Mine['nextMeeting'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!meeting)
    return (
      <SectionCard title={t('home.nextMeeting')} icon={<IconGavel size={24} aria-hidden />}>
        <Text>{t('home.noMeeting')}</Text>
      </SectionCard>
    );
  return (
    <SectionCard
      title={t('home.nextMeeting')}
      icon={<IconGavel size={24} aria-hidden />}
      links={[
        { to: `/vergaderingen/${meeting.id}/agenda`, label: t('home.toAgendaPack') },
        { to: `/vergaderingen/${meeting.id}`, label: t('home.toMeeting') },
      ]}
    >
      <Stack gap="sm">
        <Text size="lg" fw={600}>
          {t('home.meetingWhen', { date: f.dateLong(meeting.date), time: meeting.startTime })}
          {meeting.place && ` · ${meeting.place}`}
        </Text>
        {meeting.items.length === 0 ? (
          <Text>{t('home.noAgenda')}</Text>
        ) : (
          <>
            <Text>{t('home.toRead', { count: meeting.items.length })}</Text>
            <List spacing={6} listStyleType="none" pl={0}>
              {meeting.items.map((i) => (
                <List.Item key={i.itemId}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Anchor component={Link} to={`/aanvragen/${i.applicationId}`} size="sm">
                      {`${i.number ?? ''} ${i.title}`.trim()}
                    </Anchor>
                    {i.declared && (
                      <Badge size="sm" variant="light" color="orange">
                        {t('home.declaredBadge')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('home.itemMeta', {
                      applicant: i.applicantName,
                      amount: f.money(i.requestedCents),
                      count: i.attachments,
                    })}
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </SectionCard>
  );
}

/** The member's declarations of interest on items not yet decided: they do not vote or score there. */
function DeclarationsCard({ declarations }: { declarations: Mine['declarations'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={t('home.declarationsTitle')} icon={<IconScale size={24} aria-hidden />}>
      {declarations.length === 0 ? (
        <Text>{t('home.noDeclarations')}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('home.declarationsHelp')}</Text>
          <List spacing={6} listStyleType="none" pl={0}>
            {declarations.map((d) => (
              <List.Item key={`${d.meetingId}-${d.applicationId}`}>
                <Anchor component={Link} to={`/vergaderingen/${d.meetingId}`} size="sm">
                  {t('home.declarationLine', {
                    date: f.date(d.date),
                    application: `${d.number ?? ''} ${d.title}`.trim(),
                  })}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {d.reason}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </SectionCard>
  );
}

/** The committee member's start: the next meeting, what to read for it, and their own declarations. */
export function CommitteeHome() {
  const { t } = useTranslation();
  const { user } = useMe();
  const mine = useApi('meetings.mine', {});
  return (
    <>
      <PageHeader title={t('nav.start')} description={t('home.committeeGreeting', { name: user.name })} />
      <QueryState query={mine}>
        {(m) =>
          m.member?.sitting ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <NextMeetingCard meeting={m.nextMeeting} />
              <DeclarationsCard declarations={m.declarations} />
            </SimpleGrid>
          ) : (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('home.notLinkedTitle')}>
              {t(m.member ? 'home.termEnded' : 'home.notLinked')}
            </Alert>
          )
        }
      </QueryState>
    </>
  );
}
