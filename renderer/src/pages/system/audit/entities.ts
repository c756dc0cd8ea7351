import type { TFunction } from 'i18next';
import nl from '../../../i18n/system.nl.json';
import { SESSION_AUDIT_ENTITY } from '../../../../../db/modules/accounts/schemas';

type Entity = keyof typeof nl.audit.entities;

/** The audit log names the part of Wijkhuis in code ('rooms'); people read 'Ruimtes'. Unknown ones show as stored. */
export function entityLabel(t: TFunction, entity: string): string {
  return Object.hasOwn(nl.audit.entities, entity) ? t(`audit.entities.${entity as Entity}`) : entity;
}

/**
 * The parts to filter on: "Inloggen en uitloggen" first and always, so the beheerder finds sign-ins and failed
 * attempts without scrolling; then the parts the log holds.
 */
export function entityOptions(entities: string[]): string[] {
  return [SESSION_AUDIT_ENTITY, ...entities.filter((e) => e !== SESSION_AUDIT_ENTITY)];
}

/**
 * The audit log stores the method's code ('attendance.tally'); people read what was done ("Telling"). A method
 * without a label (one added later) shows as stored rather than not at all.
 */
export function methodLabel(t: TFunction, method: string): string {
  const key = `audit.methods.${method}`;
  return /^[a-zA-Z]+\.[a-zA-Z]+$/.test(method) && t(key as 'audit.title', { defaultValue: '' }) !== ''
    ? t(key as 'audit.title')
    : method;
}

/**
 * The methods whose label holds the searched text, so "telling" finds the tally rows: the core stores only the
 * code and cannot know the labels of the screen's language.
 */
export function methodsLabelled(t: TFunction, text: string): string[] {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return [];
  return Object.entries(nl.audit.methods).flatMap(([module, methods]) =>
    Object.keys(methods)
      .map((name) => `${module}.${name}`)
      .filter((method) => methodLabel(t, method).toLocaleLowerCase().includes(needle)),
  );
}
