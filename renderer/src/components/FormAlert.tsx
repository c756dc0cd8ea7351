import { useLayoutEffect, useRef } from 'react';
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { focusOnInvalidField, reveal } from './revealError';

/**
 * The message for errors that belong to no single field (e.g. "account locked"), or for a refused action. When it
 * appears it scrolls into view and takes the focus: a refusal 700 px above the button was never seen, while a
 * green message about what did succeed was. A field with an error that already has the focus keeps it.
 * `title={null}`: the message alone, for a refusal whose section heading already says what it is about.
 */
export function FormAlert({ message, title }: { message: string | null | undefined; title?: string | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (message && ref.current && !focusOnInvalidField()) reveal(ref.current);
  }, [message]);
  if (!message) return null;
  return (
    <Alert
      ref={ref}
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title === null ? undefined : (title ?? t('common.notSaved'))}
      role="alert"
      tabIndex={-1}
      data-error-focus
    >
      {message}
    </Alert>
  );
}

/** The refusal of a button from `useAction`, where it is placed; `onPlaced` tells the hook it is on screen. */
export function ActionAlert({ message, onPlaced }: { message: string | null; onPlaced: (placed: boolean) => void }) {
  const { t } = useTranslation();
  useLayoutEffect(() => {
    onPlaced(true);
    return () => onPlaced(false);
  }, [onPlaced]);
  return <FormAlert message={message} title={t('common.failed')} />;
}
