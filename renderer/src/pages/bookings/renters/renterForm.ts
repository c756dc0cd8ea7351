import type { Input, Output } from '../../../api/client';
import type { RENTER_TYPES } from '../../../../../db/modules/bookings/schemas';

export type Renter = Output<'renters.list'>['rows'][number];
export type RenterType = (typeof RENTER_TYPES)[number];

/** Select inputs hold strings ('' or null while nothing is chosen); the input gets the codes and ids. */
export interface RenterValues {
  name: string;
  type: string;
  contactPerson: string;
  phone: string;
  email: string;
  invoiceAddress: string;
  tariffCategoryId: string | null;
  keyRights: boolean;
  notes: string;
}

export function emptyRenter(): RenterValues {
  return {
    name: '',
    type: '',
    contactPerson: '',
    phone: '',
    email: '',
    invoiceAddress: '',
    tariffCategoryId: null,
    keyRights: false,
    notes: '',
  };
}

export function valuesOf(r: Renter): RenterValues {
  return {
    name: r.name,
    type: r.type,
    contactPerson: r.contactPerson,
    phone: r.phone,
    email: r.email,
    invoiceAddress: r.invoiceAddress,
    tariffCategoryId: String(r.tariffCategoryId),
    keyRights: r.keyRights,
    notes: r.notes,
  };
}

/** Nothing chosen stays undefined, so the schema's own "Kies …" message appears next to the select. */
export function toRenterInput(v: RenterValues): Input<'renters.create'> {
  return {
    ...v,
    type: (v.type || undefined) as RenterType,
    tariffCategoryId: (v.tariffCategoryId ? Number(v.tariffCategoryId) : undefined) as number,
  };
}
