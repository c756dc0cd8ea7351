import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PARTNER_KINDS } from '../../../../../db/modules/budget/schemas';
import { SectionCard } from '../../../components/SectionCard';
import { useFormat } from '../../../hooks/useFormat';
import type { Application } from './applicationForm';

/** Right to Cooperate: the partners with their role, and what each party brings in money and in kind. */
export function Valuation({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SectionCard title={t('applications.cooperation')}>
      <Stack gap="md">
        {a.partners.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('applications.noPartners')}
          </Text>
        ) : (
          <Stack gap={4}>
            {a.partners.map((p) => (
              <Text size="sm" key={p.id}>
                <strong>{p.name}</strong> ({t(`applications.partnerKinds.${p.kind as (typeof PARTNER_KINDS)[number]}`)})
                {p.contactName ? `, ${p.contactName}` : ''}: {p.role}
                {p.inKindDescription ? ` · ${t('applications.inKind')}: ${p.inKindDescription}` : ''}
              </Text>
            ))}
          </Stack>
        )}
        <Table aria-label={t('applications.valuation')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('applications.party')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('applications.inMoney')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('applications.inKind')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('applications.valueTotal')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('applications.share')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.valuation.parties.map((p) => (
              <Table.Tr key={`${p.role}-${p.name}`}>
                <Table.Td>
                  {p.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`applications.partyRole.${p.role}`)})
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{f.money(p.cashCents)}</Table.Td>
                <Table.Td ta="right">{f.money(p.inKindCents)}</Table.Td>
                <Table.Td ta="right">{f.money(p.totalCents)}</Table.Td>
                <Table.Td ta="right">{`${p.sharePercent.toLocaleString(f.locale)}%`}</Table.Td>
              </Table.Tr>
            ))}
            {a.valuation.cofundingCents > 0 && (
              <Table.Tr>
                <Table.Td>{t('applications.fundingKinds.cofinanciering')}</Table.Td>
                <Table.Td ta="right" colSpan={3}>
                  {f.money(a.valuation.cofundingCents)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            )}
            <Table.Tr fw={700}>
              <Table.Td>{t('applications.valuationTotal')}</Table.Td>
              <Table.Td ta="right" colSpan={3}>
                {f.money(a.valuation.totalCents)}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Stack>
    </SectionCard>
  );
}
