import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { useApi } from '../../../hooks/useApi';
import { notifySuccess } from '../../../notify';
import { RulesEditor, type RulesValues } from '../meetings/RulesFields';
import { RulesList } from '../meetings/RulesList';

/** The committee's own rules: quorum, majority and tie-break; planned meetings take them over. */
export function CommitteeRules({ canEdit }: { canEdit: boolean }) {
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
            <RulesEditor
              intro={
                <Text size="sm" c="dimmed">
                  {t('committee.rulesHelp')}
                </Text>
              }
              rules={draft}
              onChange={setDraft}
              error={error}
              busy={busy}
              onCancel={() => setDraft(null)}
              onSave={save}
            />
          ) : (
            <RulesList
              rows={[
                { term: t('committee.quorumKind'), text: r.text.quorum },
                { term: t('committee.majority'), text: r.text.majority },
                { term: t('committee.tieBreak'), text: r.text.tieBreak, testId: 'committee-tie-break' },
              ]}
            />
          )}
        </SectionCard>
      )}
    </QueryState>
  );
}
