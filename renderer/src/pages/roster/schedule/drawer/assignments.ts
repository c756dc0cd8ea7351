import { call, type Input } from '../../../../api/client';
import type { Assignment } from '../../shared/types';

type Update = Input<'roster.updateAssignment'>;

/** The current state of an assignment as an update: the core replaces every field, so each change starts from here. */
export function assignmentState(a: Assignment): Update {
  return {
    id: a.id,
    status: a.status,
    actualStart: a.actualStart,
    actualEnd: a.actualEnd,
    noShow: a.noShow,
    noShowReason: a.noShowReason,
  };
}

export function updateAssignment(a: Assignment, patch: Partial<Update>) {
  return call('roster.updateAssignment', { ...assignmentState(a), ...patch });
}
