import type { Input, Output } from '../../../api/client';
import { layoutCode, layoutLabel } from './layouts';

export type Room = Output<'rooms.list'>[number];
type RoomInput = Input<'rooms.create'>;

/** Number inputs hold '' while empty; the form keeps that, the input gets a number or nothing. */
export type NumberValue = number | string;

export interface RoomValues {
  name: string;
  description: string;
  floor: string;
  areaM2: NumberValue;
  layouts: { layout: string; capacity: NumberValue }[];
  facilities: string[];
  wheelchairAccessible: boolean;
  changeoverMinutes: NumberValue;
  color: string;
}

export const DEFAULT_COLOR = '#1c7ed6';

export function emptyRoom(): RoomValues {
  return {
    name: '',
    description: '',
    floor: '',
    areaM2: '',
    layouts: [{ layout: '', capacity: '' }],
    facilities: [],
    wheelchairAccessible: false,
    changeoverMinutes: 0,
    color: DEFAULT_COLOR,
  };
}

export function valuesOf(room: Room): RoomValues {
  return {
    name: room.name,
    description: room.description,
    floor: room.floor,
    areaM2: room.areaM2 ?? '',
    layouts: room.layouts.map((l) => ({ layout: layoutLabel(l.layout), capacity: l.capacity })),
    facilities: room.facilities,
    wheelchairAccessible: room.wheelchairAccessible,
    changeoverMinutes: room.changeoverMinutes,
    color: room.color,
  };
}

const num = (v: NumberValue): number | undefined => (v === '' || v === null || v === undefined ? undefined : Number(v));

const blank = (l: RoomValues['layouts'][number]) =>
  l.layout.trim() === '' && (l.capacity === '' || l.capacity === null);

/**
 * Zod sees what the user typed (an empty capacity is "Vul een aantal personen in."), never a silent 0.
 * Untouched rows at the end of the layout list are left out (the form starts with one); rows before
 * them stay, so error positions ('layouts.1.capacity') still match the form.
 */
export function toRoomInput(v: RoomValues): RoomInput {
  const layouts = [...v.layouts];
  while (layouts.length && blank(layouts.at(-1)!)) layouts.pop();
  return {
    name: v.name,
    description: v.description,
    floor: v.floor,
    areaM2: num(v.areaM2) ?? null,
    layouts: layouts.map((l) => ({ layout: layoutCode(l.layout), capacity: num(l.capacity) as number })),
    facilities: v.facilities,
    wheelchairAccessible: v.wheelchairAccessible,
    changeoverMinutes: num(v.changeoverMinutes),
    color: v.color,
  };
}
