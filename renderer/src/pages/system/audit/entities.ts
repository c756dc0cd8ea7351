import type { TFunction } from 'i18next';
import nl from '../../../i18n/system.nl.json';

type Entity = keyof typeof nl.audit.entities;

/** The audit log names the part of Wijkhuis in code ('rooms'); people read 'Ruimtes'. Unknown ones show as stored. */
export function entityLabel(t: TFunction, entity: string): string {
  return Object.hasOwn(nl.audit.entities, entity) ? t(`audit.entities.${entity as Entity}`) : entity;
}
