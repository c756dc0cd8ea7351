import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { callApi } from '../harness';

interface OutboxRow {
  to_address: string;
  subject: string;
  group_id: number;
  html_body: string;
}

/** The outbox as the preview's database file holds it, read beside the running house. */
export function outboxRows(dataDir: string, reason: string): OutboxRow[] {
  const db = new Database(join(dataDir, 'wijkhuis.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT to_address, subject, group_id, html_body FROM mail_messages WHERE reason = ? ORDER BY id')
      .all(reason) as OutboxRow[];
  } finally {
    db.close();
  }
}

/** Gives demo volunteers an address (the demo house keeps none), through the same method the form uses. */
export async function giveAddresses(page: Page, names: string[]): Promise<void> {
  const list = await callApi<{ id: number; name: string }[]>(page, 'volunteers.list', { limit: 200 });
  for (const name of names) {
    const found = list.find((v) => v.name === name);
    if (!found) throw new Error(`Geen vrijwilliger ${name} in het voorbeeldhuis`);
    const { volunteer: v } = await callApi<{ volunteer: Record<string, any> }>(page, 'volunteers.get', {
      id: found.id,
    });
    await callApi(page, 'volunteers.update', {
      id: v.id,
      name: v.name,
      phone: v.phone,
      email: `${name.split(' ')[0]!.toLowerCase()}@voorbeeld.example`,
      dateOfBirth: v.personal?.dateOfBirth ?? null,
      address: v.personal?.address ?? '',
      languages: v.languages,
      roleIds: v.roleIds,
      availability: v.availability,
      startDate: v.startDate,
      emergencyContact: v.personal?.emergencyContact ?? '',
      tegenprestatie: v.tegenprestatie,
      tegenprestatieHours: v.tegenprestatieHours,
      notes: v.notes,
      status: v.status,
      consentOn: v.consentOn,
      consentPurpose: v.consentPurpose,
      signOffComingShifts: false,
    });
  }
}
