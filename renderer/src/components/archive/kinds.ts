/** The lists that archive instead of delete, named as their methods and texts are ('rooms.archive', 'rooms.restored'). */
export type ArchiveKind = 'rooms' | 'renters';

export interface Archivable {
  id: number;
  name: string;
  active: boolean;
}
