import type { ReactNode } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmitHandler } from '../hooks/useApiForm';
import { FormAlert } from './FormAlert';
import { GuardedModal } from './GuardedModal';

interface FormModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** useApiForm's handleSubmit also tells whether there is unsaved input (see GuardedModal). */
  onSubmit: SubmitHandler;
  /** For a form not made with useApiForm: whether closing would lose what was typed. */
  isDirty?: () => boolean;
  submitting: boolean;
  formError: string | null;
  submitLabel?: string;
  size?: string;
  children: ReactNode;
}

/**
 * A dialog around one form: the fields, the general error right above Annuleren / Opslaan (where the user just
 * clicked), then the buttons. Closing it by Escape or the close button with unsaved input asks first.
 */
export function FormModal({
  opened,
  onClose,
  title,
  onSubmit,
  submitting,
  formError,
  submitLabel,
  size = 'lg',
  isDirty,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened={opened} onClose={onClose} title={title} size={size} isDirty={isDirty ?? onSubmit.isDirty}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          <FormAlert message={formError} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </GuardedModal>
  );
}
