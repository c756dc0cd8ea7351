import { todayIso } from '../../../../format';
import { needsToInput, needsToValues, type NeedValue } from '../../shared/NeedsField';
import type { Template } from '../../shared/types';

export interface TemplateValues {
  name: string;
  weekdays: string[];
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string;
  skipClosed: boolean;
  needs: NeedValue[];
  active: boolean;
}

export const toTemplateInput = (v: TemplateValues) => ({
  name: v.name,
  weekdays: v.weekdays.map(Number),
  startTime: v.startTime,
  endTime: v.endTime,
  validFrom: v.validFrom,
  validUntil: v.validUntil || null,
  skipClosed: v.skipClosed,
  needs: needsToInput(v.needs),
});

/** A new template runs from today without an end, skips days the house is closed, and asks for one person. */
export function templateValuesOf(tpl: Template | undefined): TemplateValues {
  if (!tpl)
    return {
      name: '',
      weekdays: [],
      startTime: '',
      endTime: '',
      validFrom: todayIso(),
      validUntil: '',
      skipClosed: true,
      needs: [{ roleId: null, count: 1 }],
      active: true,
    };
  return {
    name: tpl.name,
    weekdays: tpl.weekdays.map(String),
    startTime: tpl.startTime,
    endTime: tpl.endTime,
    validFrom: tpl.validFrom,
    validUntil: tpl.validUntil ?? '',
    skipClosed: tpl.skipClosed,
    needs: needsToValues(tpl.needs),
    active: tpl.active,
  };
}
