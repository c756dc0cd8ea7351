import { useState } from 'react';
import { Alert, Button, Stack, Switch } from '@mantine/core';
import { IconCheck, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useMe } from '../../../session/SessionContext';
import { CommitteeRules } from './CommitteeRules';
import { EndTermModal, MemberModal, type Member } from './MemberModal';
import { MemberTable } from './MemberTable';

type Dialog = { kind: 'member'; member?: Member } | { kind: 'end'; member: Member } | null;

/** The committee: members with their terms and roles, the composition rule, and the rules of the meetings. */
export function CommitteePage() {
  const { t } = useTranslation();
  const me = useMe();
  const isBeheerder = me.user.role === 'beheerder';
  const [includeFormer, setIncludeFormer] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const members = useApi('committee.members', { includeFormer });
  const close = () => setDialog(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('committee.title')}
        description={t('committee.intro')}
        actions={
          isBeheerder ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'member' })}>
              {t('committee.addMember')}
            </Button>
          ) : undefined
        }
      />
      <QueryState query={members}>
        {(d) => (
          <>
            <CompositionAlert composition={d.composition} />
            <SectionCard
              title={t('committee.members')}
              aside={
                <Switch
                  label={t('committee.includeFormer')}
                  checked={includeFormer}
                  onChange={(e) => setIncludeFormer(e.currentTarget.checked)}
                />
              }
            >
              <MemberTable
                members={d.members}
                canEdit={isBeheerder}
                onEdit={(member) => setDialog({ kind: 'member', member })}
                onEndTerm={(member) => setDialog({ kind: 'end', member })}
              />
            </SectionCard>
          </>
        )}
      </QueryState>
      <CommitteeRules canEdit={isBeheerder} />
      {dialog?.kind === 'member' && <MemberModal member={dialog.member} onClose={close} onSaved={members.reload} />}
      {dialog?.kind === 'end' && <EndTermModal member={dialog.member} onClose={close} onSaved={members.reload} />}
    </Stack>
  );
}

/** Whether a majority of the voting members are residents, with the counts behind it. */
function CompositionAlert({ composition }: { composition: Output<'committee.members'>['composition'] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={composition.ok ? 'green' : 'red'}
      variant="light"
      icon={composition.ok ? <IconCheck aria-hidden /> : <IconX aria-hidden />}
      title={t('committee.compositionRule')}
      data-testid="composition"
    >
      {composition.message}{' '}
      {t('committee.compositionCounts', { advisory: composition.advisory, wijkraad: composition.wijkraad })}
    </Alert>
  );
}
