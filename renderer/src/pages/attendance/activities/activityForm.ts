import type { Input, Output } from '../../../api/client';
import type { ORGANISER_KINDS } from '../../../../../db/modules/attendance/schemas';
import type { PriorityGroup } from '../shared/groups';

export type Activity = Output<'activities.list'>[number];
type ActivityInput = Input<'activities.create'>;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

/** Selects hold ids as strings (or null while nothing is chosen); the input gets numbers. */
export interface ActivityValues {
  name: string;
  description: string;
  organiserKind: OrganiserKind;
  organiserName: string;
  renterId: string | null;
  categoryId: string | null;
  priorityGroups: PriorityGroup[];
  wijk: string;
  public: boolean;
  targetGroup: string;
  walkIn: boolean;
  seriesIds: string[];
  active: boolean;
}

export function emptyActivity(): ActivityValues {
  return {
    name: '',
    description: '',
    organiserKind: 'welzijnsaanbieder',
    organiserName: '',
    renterId: null,
    categoryId: null,
    priorityGroups: [],
    wijk: '',
    public: true,
    targetGroup: '',
    walkIn: false,
    seriesIds: [],
    active: true,
  };
}

export function valuesOf(a: Activity): ActivityValues {
  return {
    name: a.name,
    description: a.description,
    organiserKind: a.organiserKind,
    organiserName: a.organiserName,
    renterId: a.renterId === null ? null : String(a.renterId),
    categoryId: String(a.categoryId),
    priorityGroups: a.priorityGroups,
    wijk: a.wijk,
    public: a.public,
    targetGroup: a.targetGroup,
    walkIn: a.walkIn,
    seriesIds: a.seriesIds.map(String),
    active: a.active,
  };
}

/**
 * Form values → the core's input. An unchosen category stays undefined so zod says "Kies een geldig
 * item." next to it; a renter only counts when the renter organises it. Single linked bookings are
 * kept as they were (the form offers series), so editing never drops them.
 */
export function toActivityInput(v: ActivityValues, bookingIds: number[] = []): ActivityInput & { active: boolean } {
  return {
    name: v.name,
    description: v.description,
    organiserKind: v.organiserKind,
    organiserName: v.organiserName,
    renterId: v.organiserKind === 'huurder' && v.renterId ? Number(v.renterId) : null,
    categoryId: (v.categoryId ? Number(v.categoryId) : undefined) as number,
    priorityGroups: v.priorityGroups,
    wijk: v.wijk,
    public: v.public,
    targetGroup: v.targetGroup,
    walkIn: v.walkIn,
    seriesIds: v.seriesIds.map(Number),
    bookingIds,
    active: v.active,
  };
}
