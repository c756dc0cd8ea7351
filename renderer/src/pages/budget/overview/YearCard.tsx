import { Button, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';

type Year = Output<'budget.years'>[number];
type Round = Year['rounds'][number];
type Ledger = Year['ledger'];

/** One year budget: its source, the year's ledger beside a card per round, and edit year / add round. */
export function YearCard({
  year: y,
  onEditYear,
  onAddRound,
  onEditRound,
}: {
  year: Year;
  onEditYear: () => void;
  onAddRound: () => void;
  onEditRound: (round: Round) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard
      title={t('budget.yearLabel', { year: y.year })}
      aside={
        <Group gap="xs">
          <Button size="xs" variant="light" leftSection={<IconEdit size={16} aria-hidden />} onClick={onEditYear}>
            {t('budget.editYearShort')}
          </Button>
          <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAddRound}>
            {t('budget.addRound')}
          </Button>
        </Group>
      }
    >
      {y.source && (
        <Text size="sm" mb="sm">
          {t('budget.sourceIs', { source: y.source })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        <div>
          <Text fw={600} mb={4}>
            {t('budget.ledger.yearTitle')}
          </Text>
          <LedgerList ledger={y.ledger} label={t('budget.ledger.yearTitle')} />
          <Text size="sm" mt="xs">
            {t('budget.allocated', {
              allocated: f.money(y.allocatedCents),
              unallocated: f.money(y.unallocatedCents),
            })}
          </Text>
        </div>
        {y.rounds.map((r) => (
          <RoundCard key={r.id} round={r} onEdit={() => onEditRound(r)} />
        ))}
      </SimpleGrid>
      {y.rounds.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('budget.noRounds')}
        </Text>
      )}
    </SectionCard>
  );
}

function LedgerList({ ledger, label }: { ledger: Ledger; label: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: [string, number][] = [
    [t('budget.ledger.ceiling'), ledger.ceilingCents],
    [t('budget.ledger.granted'), ledger.grantedCents],
    [t('budget.ledger.released'), ledger.releasedCents],
    [t('budget.ledger.committed'), ledger.committedCents],
    [t('budget.ledger.paid'), ledger.paidCents],
    [t('budget.ledger.outstanding'), ledger.outstandingCents],
    [t('budget.ledger.remaining'), ledger.remainingCents],
  ];
  return (
    <Table aria-label={label} verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([name, cents], i) => (
          <Table.Tr key={name} fw={i === rows.length - 1 ? 700 : undefined}>
            <Table.Th scope="row" fw={i === rows.length - 1 ? 700 : 400}>
              {name}
            </Table.Th>
            <Table.Td ta="right">{f.money(cents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RoundCard({ round, onEdit }: { round: Round; onEdit: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const applications = Object.values(round.counts).reduce((s, n) => s + (n ?? 0), 0);
  return (
    <Card withBorder radius="md" padding="md" data-testid={`round-${round.name}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={3} size="h4">
          {round.name}
        </Title>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconEdit size={16} aria-hidden />}
          aria-label={t('budget.editRound', { name: round.name })}
          onClick={onEdit}
        >
          {t('common.edit')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {round.schemeLabel} · {t('budget.window', { from: f.date(round.opensOn), to: f.date(round.closesOn) })} ·{' '}
        {t('budget.range', { min: f.money(round.minCents), max: f.money(round.maxCents) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('budget.execution', { from: f.date(round.executionFrom), to: f.date(round.executionTo) })} ·{' '}
        {t('budget.areaIs', { wijken: round.areaWijken.join(', ') || '—' })}
      </Text>
      <Text size="sm" c="dimmed" mb={4}>
        {t('budget.criteria')}: {round.criteria.map((c) => c.name).join(', ') || '—'} ·{' '}
        {t('budget.applicationCount', { count: applications })}
      </Text>
      <LedgerList ledger={round.ledger} label={t('budget.ledger.roundTitle', { name: round.name })} />
    </Card>
  );
}
