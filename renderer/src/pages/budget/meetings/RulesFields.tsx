import type { ReactNode } from 'react';
import { Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAJORITY_RULES, QUORUM_KINDS, TIE_BREAKS } from '../../../../../db/modules/budget/schemas';
import { FormAlert } from '../../../components/FormAlert';

export interface RulesValues {
  quorumKind: (typeof QUORUM_KINDS)[number];
  quorumCount: number;
  majority: (typeof MAJORITY_RULES)[number];
  tieBreak: (typeof TIE_BREAKS)[number];
}

/** Quorum, majority and tie-break: the same choices for the committee's rules and for one planned meeting. */
export function RulesFields({ rules, onChange }: { rules: RulesValues; onChange: (rules: RulesValues) => void }) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <Select
        label={t('committee.quorumKind')}
        description={t('committee.quorumHelp')}
        allowDeselect={false}
        data={QUORUM_KINDS.map((k) => ({ value: k, label: t(`committee.quorum.${k}`) }))}
        value={rules.quorumKind}
        onChange={(v) => v && onChange({ ...rules, quorumKind: v as RulesValues['quorumKind'] })}
      />
      {rules.quorumKind === 'aantal' && (
        <NumberInput
          label={t('committee.quorumCount')}
          min={1}
          max={50}
          value={rules.quorumCount}
          onChange={(v) => onChange({ ...rules, quorumCount: Number(v) || 1 })}
        />
      )}
      <Select
        label={t('committee.majority')}
        allowDeselect={false}
        data={MAJORITY_RULES.map((k) => ({ value: k, label: t(`committee.majorityRule.${k}`) }))}
        value={rules.majority}
        onChange={(v) => v && onChange({ ...rules, majority: v as RulesValues['majority'] })}
      />
      <Select
        label={t('committee.tieBreak')}
        allowDeselect={false}
        data={TIE_BREAKS.map((k) => ({ value: k, label: t(`committee.tie.${k}`) }))}
        value={rules.tieBreak}
        onChange={(v) => v && onChange({ ...rules, tieBreak: v as RulesValues['tieBreak'] })}
      />
    </Group>
  );
}

/** The rules being edited, with the error of the last save and Annuleren / Regels opslaan under them. */
export function RulesEditor({
  rules,
  onChange,
  error,
  busy,
  onCancel,
  onSave,
  intro,
}: {
  rules: RulesValues;
  onChange: (rules: RulesValues) => void;
  error: string | null;
  busy: boolean;
  onCancel: () => void;
  onSave: () => void;
  /** Shown above the error, e.g. what the change applies to. */
  intro?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {intro}
      <FormAlert message={error} />
      <RulesFields rules={rules} onChange={onChange} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={busy} onClick={onSave}>
          {t('meetings.saveRules')}
        </Button>
      </Group>
    </Stack>
  );
}
