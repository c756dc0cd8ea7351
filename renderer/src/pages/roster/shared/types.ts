import type { Output } from '../../../api/client';

/** The shapes the core returns, named once so every roster screen speaks of the same things. */
export type Volunteer = Output<'volunteers.get'>['volunteer'];
/** A row of the register: the volunteer with the state of their certificates. */
export type RegisterEntry = Output<'volunteers.list'>[number];
/** Someone who can be planned, as a pick list needs them (no personal data, no certificates). */
export type VolunteerChoice = Output<'volunteers.choices'>[number];
export type VolunteerRole = Output<'volunteers.roles'>[number];
export type Certificate = Output<'volunteers.get'>['certificates'][number];
export type Shift = Output<'roster.week'>[number];
export type Assignment = Shift['assignments'][number];
export type Need = Shift['needs'][number];
export type Template = Output<'roster.templates'>[number];
export type ShiftGap = Output<'roster.gaps'>[number];
export type CoverageGap = Output<'roster.coverage'>[number];
export type HoursSummary = Output<'roster.hours'>;
export type Tegenprestatie = NonNullable<HoursSummary['tegenprestatie']>;
export type AllowanceLimit = NonNullable<Output<'allowances.list'>['limit']>;

// volunteers.absences and allowances.list return their rows untyped (unknown[]) from the core;
// these are the columns their SELECTs name.
export interface Absence {
  id: number;
  volunteerId: number;
  volunteerName: string;
  fromDate: string;
  toDate: string;
  reason: string;
}
export interface AllowancePayment {
  id: number;
  paidOn: string;
  amountCents: number;
  description: string;
}
