import type { z } from 'zod';
import type { volunteerInput } from '../../../../../db/modules/roster/schemas';
import { todayIso } from '../../../format';
import { slotKey, slotsToAvailability } from '../shared/AvailabilityGrid';
import type { Volunteer } from '../shared/types';

export interface VolunteerValues {
  name: string;
  phone: string;
  email: string;
  /** '' while empty: DateField's value. */
  dateOfBirth: string;
  address: string;
  languages: string[];
  /** MultiSelect keeps strings. */
  roleIds: string[];
  /** Slot keys of the availability grid. */
  availability: string[];
  startDate: string;
  emergencyContact: string;
  tegenprestatie: boolean;
  tegenprestatieHours: number | string;
  notes: string;
  status: Volunteer['status'];
  consentOn: string;
  consentPurpose: string;
}

export type VolunteerInput = z.input<typeof volunteerInput>;

export function emptyVolunteer(): VolunteerValues {
  return {
    name: '',
    phone: '',
    email: '',
    dateOfBirth: '',
    address: '',
    languages: ['Nederlands'],
    roleIds: [],
    availability: [],
    startDate: todayIso(),
    emergencyContact: '',
    tegenprestatie: false,
    tegenprestatieHours: '',
    notes: '',
    status: 'actief',
    consentOn: '',
    consentPurpose: '',
  };
}

export function valuesOf(v: Volunteer): VolunteerValues {
  return {
    name: v.name,
    phone: v.phone,
    email: v.email,
    dateOfBirth: v.personal?.dateOfBirth ?? '',
    address: v.personal?.address ?? '',
    languages: v.languages,
    roleIds: v.roleIds.map(String),
    availability: v.availability.map((a) => slotKey(a.weekday, a.daypart)),
    startDate: v.startDate,
    emergencyContact: v.personal?.emergencyContact ?? '',
    tegenprestatie: v.tegenprestatie,
    tegenprestatieHours: v.tegenprestatie ? v.tegenprestatieHours : '',
    notes: v.notes,
    status: v.status,
    consentOn: v.consentOn ?? '',
    consentPurpose: v.consentPurpose,
  };
}

/** Form values → the core's input: empty dates become null, hours only count with a tegenprestatie. */
export function toVolunteerInput(v: VolunteerValues): VolunteerInput {
  return {
    name: v.name,
    phone: v.phone,
    email: v.email,
    dateOfBirth: v.dateOfBirth || null,
    address: v.address,
    languages: v.languages,
    roleIds: v.roleIds.map(Number),
    availability: slotsToAvailability(v.availability),
    startDate: v.startDate,
    emergencyContact: v.emergencyContact,
    tegenprestatie: v.tegenprestatie,
    tegenprestatieHours: v.tegenprestatie ? (v.tegenprestatieHours === '' ? 0 : Number(v.tegenprestatieHours)) : 0,
    notes: v.notes,
    status: v.status,
    consentOn: v.consentOn || null,
    consentPurpose: v.consentPurpose,
  };
}
