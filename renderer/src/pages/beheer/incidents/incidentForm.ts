import type { Input } from '../../../api/client';
import type { INCIDENT_CATEGORIES, SEVERITIES } from '../../../../../db/modules/beheer/schemas';
import { todayIso, wallClockOf } from '../../../format';
import { roomIdOf } from '../shared/useRoomOptions';

export type Category = (typeof INCIDENT_CATEGORIES)[number];
export type Severity = (typeof SEVERITIES)[number];

export interface FollowupValues {
  action: string;
  owner: string;
  dueDate: string;
}

/** Date and time are two inputs here and one 'YYYY-MM-DDTHH:MM' for the core. */
export interface IncidentValues {
  date: string;
  time: string;
  roomId: string | null;
  place: string;
  category: Category | null;
  severity: Severity | null;
  description: string;
  actionTaken: string;
  servicesCalled: boolean;
  servicesReference: string;
  followups: FollowupValues[];
}

/** Category and severity start empty on purpose: someone has to choose them, not accept a default. */
export function emptyIncident(now: Date = new Date()): IncidentValues {
  return {
    date: todayIso(now),
    time: wallClockOf(now).slice(11, 16),
    roomId: null,
    place: '',
    category: null,
    severity: null,
    description: '',
    actionTaken: '',
    servicesCalled: false,
    servicesReference: '',
    followups: [],
  };
}

export const emptyFollowup = (): FollowupValues => ({ action: '', owner: '', dueDate: '' });

/** Missing choices go to the core as missing, so the schema's own words ("Kies een categorie.") appear. */
export function toIncidentInput(v: IncidentValues): Input<'incidents.create'> {
  return {
    occurredAt: `${v.date}T${v.time}`,
    roomId: roomIdOf(v.roomId),
    place: v.place,
    category: v.category ?? (undefined as unknown as Category),
    severity: v.severity ?? (undefined as unknown as Severity),
    description: v.description,
    actionTaken: v.actionTaken,
    servicesCalled: v.servicesCalled,
    // A reference without services called would be a leftover of a ticked-and-unticked box.
    servicesReference: v.servicesCalled ? v.servicesReference : '',
    followups: v.followups,
  };
}

/** The core names the moment 'occurredAt'; on screen the date box shows its message. */
export const INCIDENT_ALIASES = { occurredAt: 'date' };
