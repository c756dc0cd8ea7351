import { Anchor, List, Text } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client';
import { SectionCard } from '../../components/SectionCard';
import { mondayOf } from '../../format';
import { useFormat } from '../../hooks/useFormat';

type Gap = Output<'roster.gaps'>[number];

/** A long list helps nobody on a start screen: the first shifts, and the gap overview for the rest. */
const SHOWN = 8;

/** Shifts of the coming two weeks still short of people, one line per shift, each linking to the shift. */
export function RosterGapsCard({ gaps, days }: { gaps: Gap[]; days: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shifts = [...new Map(gaps.map((g) => [g.shiftId, gaps.filter((x) => x.shiftId === g.shiftId)])).values()];
  return (
    <SectionCard
      title={t('home.gapsTitle', { days })}
      icon={<IconCalendarExclamation size={24} aria-hidden />}
      links={[{ to: '/rooster/gaten', label: t('home.toGaps') }]}
    >
      {shifts.length === 0 ? (
        <Text>{t('home.noGaps', { days })}</Text>
      ) : (
        <>
          <Text mb="xs">{t('home.gapsCount', { count: shifts.length })}</Text>
          <List spacing={6} listStyleType="none" pl={0}>
            {shifts.slice(0, SHOWN).map((needs) => {
              const g = needs[0]!;
              return (
                <List.Item key={g.shiftId}>
                  <Anchor component={Link} to={`/rooster?week=${mondayOf(g.date)}&dienst=${g.shiftId}`} size="sm">
                    {t('home.gapLine', {
                      date: f.date(g.date),
                      from: g.start.slice(11),
                      to: g.end.slice(11),
                      title: g.title,
                      needs: needs.map((n) => `${n.missing} × ${n.roleName}`).join(', '),
                    })}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
          {shifts.length > SHOWN && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('home.gapsMore', { count: shifts.length - SHOWN })}
            </Text>
          )}
        </>
      )}
    </SectionCard>
  );
}
