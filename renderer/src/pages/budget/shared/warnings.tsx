import { useState } from 'react';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';

/** The warnings of a NEEDS_CONFIRMATION refusal, or null for any other outcome. */
export function warningsOf(error: unknown): string[] | null {
  return error instanceof ApiCallError && error.code === 'NEEDS_CONFIRMATION'
    ? (error.fieldErrors.warnings ?? [error.message])
    : null;
}

/**
 * A save that the core may answer with warnings (outside the round's range, window or area): the
 * first try runs without confirmation; warnings open a dialog, and "Toch registreren" repeats the very
 * same call with confirmWarnings. Any other error goes back to the caller (the form puts it next to its field).
 */
export function useWarnedSave<I, R>(
  save: (input: I, confirmWarnings: boolean) => Promise<R>,
  onSaved: (result: R) => void,
) {
  const [pending, setPending] = useState<{ input: I; warnings: string[] } | null>(null);
  /** Resolves to the result, or to null when the warnings dialog opened instead. */
  const attempt = async (input: I): Promise<R | null> => {
    try {
      const result = await save(input, false);
      onSaved(result);
      return result;
    } catch (error) {
      const warnings = warningsOf(error);
      if (!warnings) throw error;
      setPending({ input, warnings });
      return null;
    }
  };
  const dialog = (
    <WarningsModal
      warnings={pending?.warnings ?? null}
      onClose={() => setPending(null)}
      onConfirm={async () => onSaved(await save(pending!.input, true))}
    />
  );
  return { attempt, dialog };
}

function WarningsModal({
  warnings,
  onClose,
  onConfirm,
}: {
  warnings: string[] | null;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={warnings !== null}
      onClose={onClose}
      title={t('applications.warningsTitle')}
      confirmLabel={t('applications.registerAnyway')}
      onConfirm={onConfirm}
    >
      <Text size="sm">{t('applications.warningsIntro')}</Text>
      <List size="sm" spacing={4}>
        {(warnings ?? []).map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </ConfirmModal>
  );
}
