import type { FormErrors } from '@mantine/form';
import type { NeedValue } from './NeedsField';

interface ShiftTimes {
  startTime: string;
  endTime: string;
  needs: NeedValue[];
}

/**
 * Checks the form makes itself, next to the schema's: zod only runs the "end after start" rule once
 * every field parses, so with a role still unpicked the times would look fine. The messages are the
 * ones the core gives, from the translations.
 */
export function shiftFormCheck(messages: { endBeforeStart: string; pickRole: string }) {
  return (v: ShiftTimes): FormErrors => {
    const errors: FormErrors = {};
    if (v.startTime && v.endTime && v.endTime <= v.startTime) errors.endTime = messages.endBeforeStart;
    v.needs.forEach((n, i) => {
      if (n.roleId === null) errors[`needs.${i}.roleId`] = messages.pickRole;
    });
    return errors;
  };
}
