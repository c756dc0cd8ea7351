import { useApi } from '../../../hooks/useApi';

/** The active rooms as options of a Select (whose values are strings). */
export function useRoomOptions(): { value: string; label: string }[] {
  const rooms = useApi('rooms.list', {});
  return (rooms.data ?? []).map((r) => ({ value: String(r.id), label: r.name }));
}

/** A Select's value back to the room id the core takes. */
export function roomIdOf(value: string | null): number | null {
  return value ? Number(value) : null;
}

/** "Huiskamer", "Huiskamer – bij de bar", "bij de ingang", or "" when neither is known. */
export function wherePlace(item: { roomName: string | null; place: string }): string {
  return [item.roomName, item.place].filter(Boolean).join(' – ');
}
