import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../hooks/useFormat';
import type { Item } from './types';

/** The scores given so far, one row per member, with the average per criterion and of the totals. */
export function ScoreTable({ scores }: { scores: Item['scores'] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { criteria } = scores;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('meetings.scores')} withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('committee.name')}</Table.Th>
            {criteria.map((c) => (
              <Table.Th scope="col" key={c.criterionId} ta="right">
                {c.name} ({t('meetings.max', { n: c.maxScore })})
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('meetings.total', { n: scores.maxTotal })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scores.members.map((m) => (
            <Table.Tr key={m.memberId}>
              <Table.Td>{m.name}</Table.Td>
              {criteria.map((c) => (
                <Table.Td key={c.criterionId} ta="right">
                  {m.scores[c.criterionId] ?? '—'}
                </Table.Td>
              ))}
              <Table.Td ta="right">{m.totalScore}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>{t('meetings.average')}</Table.Td>
            {criteria.map((c) => (
              <Table.Td key={c.criterionId} ta="right">
                {c.average === null ? '—' : c.average.toLocaleString(locale)}
              </Table.Td>
            ))}
            <Table.Td ta="right">
              {scores.averageTotal === null ? '—' : scores.averageTotal.toLocaleString(locale)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
