import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconEdit, IconPlus, IconUserOff, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { useFormat } from '../../../hooks/useFormat';
import { notifySuccess } from '../../../notify';
import { useMe } from '../../../session/SessionContext';
import { MemberBadges } from '../meetings/AttendanceSection';
import { RulesFields, type RulesValues } from '../meetings/RulesFields';
import { EndTermModal, MemberModal, type Member } from './MemberModal';

type Dialog = { kind: 'member'; member?: Member } | { kind: 'end'; member: Member } | null;

/** The committee's own rules: quorum, majority and tie-break; planned meetings take them over. */
function CommitteeRules({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const rules = useApi('committee.rules', {});
  const [draft, setDraft] = useState<RulesValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('committee.setRules', draft!);
      notifySuccess(t('committee.rulesSaved'));
      setDraft(null);
      rules.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <QueryState query={rules}>
      {(r) => (
        <SectionCard
          title={t('committee.rules')}
          aside={
            canEdit && !draft ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconEdit size={16} aria-hidden />}
                onClick={() =>
                  setDraft({
                    quorumKind: r.quorumKind,
                    quorumCount: r.quorumCount,
                    majority: r.majority,
                    tieBreak: r.tieBreak,
                  })
                }
              >
                {t('committee.editRules')}
              </Button>
            ) : undefined
          }
        >
          {draft ? (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('committee.rulesHelp')}
              </Text>
              <FormAlert message={error} />
              <RulesFields rules={draft} onChange={setDraft} />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setDraft(null)}>
                  {t('common.cancel')}
                </Button>
                <Button loading={busy} onClick={save}>
                  {t('meetings.saveRules')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <dl style={{ margin: 0 }}>
              <Text component="dt" fw={600} size="sm">
                {t('committee.quorumKind')}
              </Text>
              <Text component="dd" size="sm" ml={0} mb="xs">
                {r.text.quorum}
              </Text>
              <Text component="dt" fw={600} size="sm">
                {t('committee.majority')}
              </Text>
              <Text component="dd" size="sm" ml={0} mb="xs">
                {r.text.majority}
              </Text>
              <Text component="dt" fw={600} size="sm">
                {t('committee.tieBreak')}
              </Text>
              <Text component="dd" size="sm" ml={0} data-testid="committee-tie-break">
                {r.text.tieBreak}
              </Text>
            </dl>
          )}
        </SectionCard>
      )}
    </QueryState>
  );
}

/** The committee: members with their terms and roles, the composition rule, and the rules of the meetings. */
export function CommitteePage() {
  const { t } = useTranslation();
  const f = useFormat();
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
            <Alert
              color={d.composition.ok ? 'green' : 'red'}
              variant="light"
              icon={d.composition.ok ? <IconCheck aria-hidden /> : <IconX aria-hidden />}
              title={t('committee.compositionRule')}
              data-testid="composition"
            >
              {d.composition.message}{' '}
              {t('committee.compositionCounts', { advisory: d.composition.advisory, wijkraad: d.composition.wijkraad })}
            </Alert>
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
              <DataTable
                label={t('committee.members')}
                rows={d.members}
                rowKey={(m) => m.id}
                columns={[
                  {
                    key: 'name',
                    header: t('committee.name'),
                    render: (m) => (m.sitting ? m.name : `${m.name} (${t('committee.former')})`),
                  },
                  {
                    key: 'role',
                    header: t('committee.roleLabel'),
                    render: (m) => <MemberBadges member={{ ...m, memberId: m.id, attendance: null }} />,
                  },
                  {
                    key: 'term',
                    header: t('committee.term'),
                    render: (m) =>
                      m.termTo ? f.dateRange(m.termFrom, m.termTo) : t('committee.from', { date: f.date(m.termFrom) }),
                  },
                  {
                    key: 'contact',
                    header: t('committee.contact'),
                    render: (m) => [m.phone, m.email].filter(Boolean).join(' · '),
                  },
                  { key: 'account', header: t('committee.account'), render: (m) => m.userName ?? '—' },
                  ...(isBeheerder
                    ? [
                        {
                          key: 'actions',
                          header: t('common.actions'),
                          render: (m: Member) => (
                            <Group gap={4} wrap="nowrap">
                              <Tooltip label={t('committee.editMember', { name: m.name })}>
                                <ActionIcon
                                  variant="subtle"
                                  aria-label={t('committee.editMember', { name: m.name })}
                                  onClick={() => setDialog({ kind: 'member', member: m })}
                                >
                                  <IconEdit size={18} aria-hidden />
                                </ActionIcon>
                              </Tooltip>
                              {m.sitting && (
                                <Tooltip label={t('committee.endTermTitle', { name: m.name })}>
                                  <ActionIcon
                                    variant="subtle"
                                    color="gray"
                                    aria-label={t('committee.endTermTitle', { name: m.name })}
                                    onClick={() => setDialog({ kind: 'end', member: m })}
                                  >
                                    <IconUserOff size={18} aria-hidden />
                                  </ActionIcon>
                                </Tooltip>
                              )}
                            </Group>
                          ),
                        },
                      ]
                    : []),
                ]}
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
