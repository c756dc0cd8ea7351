import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/QueryState';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import type { Handout } from './types';

/** Who had it when: for one key ({ keyId }) or for one person ({ holderName }). */
export type HistoryOf = { keyId: number; title: string } | { holderName: string; title: string };

export function HistoryModal({ of, onClose }: { of: HistoryOf; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const perKey = 'keyId' in of;
  const history = useApi('keys.history', perKey ? { keyId: of.keyId } : { holderName: of.holderName });
  const back = (h: Handout) =>
    h.lostOn ? (
      <Text size="sm" c="red.9">
        {t('keys.lostOnDate', { date: f.date(h.lostOn) })}
      </Text>
    ) : h.returnedOn ? (
      <Text size="sm">{t('keys.returnedLine', { date: f.date(h.returnedOn), name: h.returnedTo ?? '—' })}</Text>
    ) : (
      <Text size="sm" fw={600}>
        {t('keys.stillOut')}
      </Text>
    );
  return (
    <Modal opened onClose={onClose} title={of.title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <QueryState query={history}>
        {(rows) => (
          <DataTable
            label={of.title}
            minWidth={640}
            rows={rows}
            rowKey={(h) => h.id}
            empty={<Text c="dimmed">{t('keys.noHistory')}</Text>}
            columns={[
              perKey
                ? {
                    key: 'holder',
                    header: t('keys.holder'),
                    render: (h) => (
                      <Text size="sm">
                        {h.holderName}{' '}
                        <Text span c="dimmed" size="xs">
                          ({t(`keys.holderKinds.${h.holderKind}`)})
                        </Text>
                      </Text>
                    ),
                  }
                : { key: 'key', header: t('keys.label'), render: (h) => h.keyLabel },
              {
                key: 'out',
                header: t('keys.handedOutOn'),
                render: (h) => (
                  <Text size="sm">{t('keys.handedOutLine', { date: f.date(h.handedOutOn), name: h.handedOutBy })}</Text>
                ),
              },
              { key: 'back', header: t('keys.back'), render: back },
              {
                key: 'notes',
                header: t('keys.notes'),
                render: (h) =>
                  h.notes || (
                    <Text span c="dimmed">
                      —
                    </Text>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
    </Modal>
  );
}
