import type { Db } from '../../platform/database';
import { method } from '../../contract/method';
import { ApiError } from '../../platform/errors';
import { inLang, msg } from '../../platform/messages';
import { say } from './say';
import { rulesText } from './rulesText';
import { z } from '../../contract/zod';
import { addDays, localDate, localDateTime } from '../../platform/clock';
import {
  memberEndTerm,
  memberInput,
  memberQuery,
  memberUpdate,
  rulesInput,
  type MAJORITY_RULES,
  type QUORUM_KINDS,
  type TIE_BREAKS,
} from './schemas';
import { MEMBER_SELECT, inTerm, isRecorder, memberOfActor, toMember, type MemberRow } from './shared';
import { checkComposition, compositionOf } from './composition';
import { describeChanges, personRef, type FieldLabel } from '../../contract/audit';

export interface Rules {
  quorumKind: (typeof QUORUM_KINDS)[number];
  quorumCount: number;
  majority: (typeof MAJORITY_RULES)[number];
  tieBreak: (typeof TIE_BREAKS)[number];
}

/** The rules as the audit log names them, each choice in words. */
const QUORUM_WORDS = { meer_dan_helft: 'meer dan de helft', twee_derde: 'twee derde', aantal: 'een vast aantal leden' };
const RULES_LABELS: { [K in keyof Rules]: FieldLabel<Rules[K]> } = {
  quorumKind: { label: 'Quorum', show: (v) => QUORUM_WORDS[v] },
  quorumCount: 'Aantal leden voor het quorum',
  majority: { label: 'Meerderheid', show: (v) => v.replace('_', ' ') },
  tieBreak: { label: 'Bij staking van stemmen', show: (v) => (v === 'voorzitter' ? 'de voorzitter beslist' : v) },
};

export function getRules(db: Db): Rules {
  return db
    .prepare(
      'SELECT quorum_kind AS quorumKind, quorum_count AS quorumCount, majority, tie_break AS tieBreak FROM committee_rules WHERE id = 1',
    )
    .get() as Rules;
}

/** How many present voting members a quorum needs, out of `base` voting members. */
export function quorumNeeded(rules: Pick<Rules, 'quorumKind' | 'quorumCount'>, base: number): number {
  if (rules.quorumKind === 'aantal') return rules.quorumCount;
  if (rules.quorumKind === 'twee_derde') return Math.max(1, Math.ceil((base * 2) / 3));
  return Math.floor(base / 2) + 1;
}

export interface Member extends MemberRow {
  /** The term includes today. */
  sitting: boolean;
}

export function listMembers(db: Db, includeFormer: boolean, today: string): Member[] {
  const rows = db
    .prepare(
      `${MEMBER_SELECT} WHERE (? = 1 OR m.term_to IS NULL OR m.term_to >= ?) ORDER BY m.is_chair DESC, m.is_secretary DESC, m.name COLLATE NOCASE`,
    )
    .all(includeFormer ? 1 : 0, today) as Record<string, unknown>[];
  return rows.map((r) => {
    const m = toMember(r);
    return { ...m, sitting: inTerm(m, today) };
  });
}

export function getMember(db: Db, memberId: number, field = 'memberId'): MemberRow {
  const row = db.prepare(`${MEMBER_SELECT} WHERE m.id = ?`).get(memberId) as Record<string, unknown> | undefined;
  if (!row) throw ApiError.field(field, msg('Dit commissielid bestaat niet.', 'This committee member does not exist.'));
  return toMember(row);
}

/** Members sitting on a date. */
export function membersOn(db: Db, date: string): MemberRow[] {
  return (
    db
      .prepare(
        `${MEMBER_SELECT} WHERE m.term_from <= ? AND (m.term_to IS NULL OR m.term_to >= ?) ORDER BY m.name COLLATE NOCASE`,
      )
      .all(date, date) as Record<string, unknown>[]
  ).map(toMember);
}

function checkUnique(db: Db, m: z.output<typeof memberInput>, exceptId: number | null): void {
  const overlaps = (o: MemberRow) =>
    o.id !== exceptId && o.termFrom <= (m.termTo ?? '9999-12-31') && m.termFrom <= (o.termTo ?? '9999-12-31');
  const others = (db.prepare(MEMBER_SELECT).all() as Record<string, unknown>[]).map(toMember).filter(overlaps);
  const chair = others.find((o) => o.isChair);
  if (m.isChair && chair)
    throw ApiError.field(
      'isChair',
      msg(`${chair.name} is in deze periode al voorzitter.`, `${chair.name} is already chair in this period.`),
    );
  const secretary = others.find((o) => o.isSecretary);
  if (m.isSecretary && secretary)
    throw ApiError.field(
      'isSecretary',
      msg(
        `${secretary.name} is in deze periode al secretaris.`,
        `${secretary.name} is already secretary in this period.`,
      ),
    );
  if (m.userId !== null) {
    const user = db.prepare('SELECT role, active FROM users WHERE id = ?').get(m.userId) as
      { role: string; active: number } | undefined;
    if (!user || !user.active)
      throw ApiError.field(
        'userId',
        msg('Dit account bestaat niet of is uitgeschakeld.', 'This account does not exist or is switched off.'),
      );
    if (user.role !== 'commissie')
      throw ApiError.field(
        'userId',
        msg('Koppel een account met de rol commissie.', 'Link an account with the committee role.'),
      );
    const linked = db
      .prepare('SELECT name FROM committee_members WHERE user_id = ? AND id <> ?')
      .get(m.userId, exceptId ?? 0) as { name: string } | undefined;
    if (linked)
      throw ApiError.field(
        'userId',
        msg(`Dit account is al gekoppeld aan ${linked.name}.`, `This account is already linked to ${linked.name}.`),
      );
  }
}

const allTerms = (db: Db): MemberRow[] => (db.prepare(MEMBER_SELECT).all() as Record<string, unknown>[]).map(toMember);

/** `now` is when the member is added (local 'YYYY-MM-DDTHH:MM:SS'): the composition must hold from that day on. */
export function insertMember(db: Db, m: z.output<typeof memberInput>, now: string): number {
  checkUnique(db, m, null);
  const before = allTerms(db);
  checkComposition(
    before,
    [...before, { ...m }],
    m.voting && !m.isResident ? 'isResident' : 'voting',
    now.slice(0, 10),
  );
  return Number(
    db
      .prepare(
        `INSERT INTO committee_members (name, phone, email, term_from, term_to, is_resident, is_wijkraad, voting, is_chair, is_secretary, user_id, notes, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        m.name,
        m.phone,
        m.email,
        m.termFrom,
        m.termTo,
        m.isResident ? 1 : 0,
        m.isWijkraad ? 1 : 0,
        m.voting ? 1 : 0,
        m.isChair ? 1 : 0,
        m.isSecretary ? 1 : 0,
        m.userId,
        m.notes,
        now,
      ).lastInsertRowid,
  );
}

const memberFields = (m: MemberRow | z.output<typeof memberInput>) => ({
  name: m.name,
  phone: m.phone,
  email: m.email,
  termFrom: m.termFrom,
  termTo: m.termTo,
  isResident: m.isResident,
  isWijkraad: m.isWijkraad,
  voting: m.voting,
  isChair: m.isChair,
  isSecretary: m.isSecretary,
  userId: m.userId,
  notes: m.notes,
});

/** A member's fields as the audit log names them: the account by its name; name, phone and e-mail only as changed. */
const MEMBER_LABELS: { [K in Exclude<keyof MemberRow, 'id' | 'userId'>]: FieldLabel<MemberRow[K]> } = {
  name: { label: 'Naam', personal: true },
  phone: { label: 'Telefoon', personal: true },
  email: { label: 'E-mail', personal: true },
  termFrom: 'Zittingstermijn vanaf',
  termTo: 'Zittingstermijn tot en met',
  voting: { label: 'Stemrecht', show: (v) => (v ? 'stemgerechtigd' : 'adviserend') },
  isResident: 'Bewoner van de wijk',
  isWijkraad: 'Lid van de wijkraad',
  isChair: 'Voorzitter',
  isSecretary: 'Secretaris',
  userName: { label: 'Account', personal: true },
  notes: { label: 'Notities', onlyMention: true },
};

const roleText = (m: Pick<MemberRow, 'voting' | 'isResident' | 'isChair' | 'isSecretary'>) =>
  [
    m.isChair ? 'voorzitter' : m.isSecretary ? 'secretaris' : 'lid',
    m.voting ? 'stemgerechtigd' : 'adviserend',
    m.isResident ? 'bewoner' : 'geen bewoner',
  ].join(', ');

export const budgetCommitteeMethods = {
  'committee.members': method({
    description:
      'De commissie: leden met zittingstermijn, bewoner of niet, wijkraadslid, stemgerechtigd of adviserend, voorzitter en secretaris; de samenstelling van vandaag (meerderheid bewoners) en welk lid de ingelogde gebruiker is. Contactgegevens alleen voor beheerder en secretaris.',
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: memberQuery,
    handler: (ctx, q) => {
      const { db, actor } = ctx;
      const today = localDate(ctx.clock.now());
      const members = listMembers(db, q.includeFormer, today);
      const contacts = isRecorder(ctx);
      const me = memberOfActor(db, actor);
      return {
        members: contacts ? members : members.map((m) => ({ ...m, phone: '', email: '', notes: '' })),
        composition: compositionOf(allTerms(db), today),
        me: me ? { memberId: me.id, isSecretary: me.isSecretary, sitting: inTerm(me, today) } : null,
      };
    },
  }),
  'committee.createMember': method({
    description:
      'Voegt een commissielid toe. Weigert een lid dat de meerderheid van bewoners onder de stemgerechtigde leden zou breken, een tweede voorzitter of secretaris in dezelfde periode, en een account zonder de rol commissie.',
    access: ['beheerder'],
    mode: 'write',
    input: memberInput,
    handler: ({ db, clock, audit }, input) => {
      const memberId = insertMember(db, input, localDateTime(clock.now()));
      audit({
        entity: 'committee_members',
        entityId: memberId,
        summary: `${personRef('Commissielid', memberId)} (${roleText(input)}), termijn vanaf ${input.termFrom}`,
      });
      return getMember(db, memberId);
    },
  }),
  'committee.updateMember': method({
    description: 'Wijzigt een commissielid; de samenstellingsregel blijft gelden.',
    access: ['beheerder'],
    mode: 'write',
    input: memberUpdate,
    handler: ({ db, clock, audit }, input) => {
      const { id: memberId, ...fields } = input;
      const before = getMember(db, memberId, 'id');
      checkUnique(db, fields, memberId);
      const all = allTerms(db);
      const endsOnly =
        JSON.stringify({ ...memberFields(before), termTo: null }) ===
          JSON.stringify({ ...memberFields(fields), termTo: null }) &&
        fields.termTo !== null &&
        (before.termTo === null || fields.termTo < before.termTo);
      if (!endsOnly)
        checkComposition(
          all,
          all.map((m) => (m.id === memberId ? { ...m, ...fields } : m)),
          fields.voting && !fields.isResident ? 'isResident' : 'voting',
          localDate(clock.now()),
        );
      db.prepare(
        `UPDATE committee_members SET name = ?, phone = ?, email = ?, term_from = ?, term_to = ?, is_resident = ?, is_wijkraad = ?, voting = ?, is_chair = ?,
          is_secretary = ?, user_id = ?, notes = ? WHERE id = ?`,
      ).run(
        fields.name,
        fields.phone,
        fields.email,
        fields.termFrom,
        fields.termTo,
        fields.isResident ? 1 : 0,
        fields.isWijkraad ? 1 : 0,
        fields.voting ? 1 : 0,
        fields.isChair ? 1 : 0,
        fields.isSecretary ? 1 : 0,
        fields.userId,
        fields.notes,
        memberId,
      );
      const after = getMember(db, memberId);
      audit({
        entity: 'committee_members',
        entityId: memberId,
        summary: describeChanges(before, after, MEMBER_LABELS),
      });
      return after;
    },
  }),
  'committee.endTerm': method({
    description:
      'Beëindigt de zittingstermijn van een lid. Dat mag altijd (wie vertrekt, is vertrokken); breekt het de samenstellingsregel, dan meldt het antwoord dat, en opent geen vergadering tot de commissie weer in evenwicht is.',
    access: ['beheerder'],
    mode: 'write',
    input: memberEndTerm,
    handler: ({ db, audit }, input) => {
      const before = getMember(db, input.id, 'id');
      if (input.termTo < before.termFrom)
        throw ApiError.field(
          'termTo',
          msg(
            'Het einde van de zittingstermijn mag niet voor het begin liggen.',
            'The end of the term may not be before its start.',
          ),
        );
      if (before.termTo !== null && input.termTo > before.termTo)
        throw ApiError.field(
          'termTo',
          msg(
            'Dit verlengt de termijn: wijzig het lid om een termijn te verlengen.',
            'This extends the term: edit the member to extend a term.',
          ),
        );
      db.prepare('UPDATE committee_members SET term_to = ? WHERE id = ?').run(input.termTo, input.id);
      const after = compositionOf(allTerms(db), addDays(input.termTo, 1));
      audit({
        entity: 'committee_members',
        entityId: input.id,
        summary: `Termijn van ${personRef('commissielid', input.id)} eindigt op ${input.termTo}${after.ok ? '' : `; let op: ${inLang(after.message, 'nl')}`}`,
      });
      return {
        member: getMember(db, input.id),
        composition: after,
        warning: after.ok
          ? null
          : say(
              ({ t }) => `${t(after.message)} Voeg een bewoner toe voordat de commissie weer vergadert.`,
              ({ t }) => `${t(after.message)} Add a resident before the committee meets again.`,
            ),
      };
    },
  }),
  'committee.rules': method({
    description:
      'Het reglement van de commissie: quorum, meerderheidsregel en wat er gebeurt als de stemmen staken, met de tekst voor agenda en notulen.',
    access: ['beheerder', 'commissie'],
    mode: 'read',
    input: z.object({}).default({}),
    handler: ({ db }) => {
      const rules = getRules(db);
      return { ...rules, text: rulesText(rules) };
    },
  }),
  'committee.setRules': method({
    description:
      'Stelt het reglement in: quorum (meer dan de helft, twee derde of een vast aantal stemgerechtigde leden), meerderheid (gewoon of volstrekt) en bij staking van stemmen: de voorzitter beslist, aanhouden of afwijzen. Geplande vergaderingen nemen het over; gehouden vergaderingen houden hun regels.',
    access: ['beheerder'],
    mode: 'write',
    input: rulesInput,
    handler: ({ db, audit }, input) => {
      const before = getRules(db);
      db.prepare(
        'UPDATE committee_rules SET quorum_kind = ?, quorum_count = ?, majority = ?, tie_break = ? WHERE id = 1',
      ).run(input.quorumKind, input.quorumCount, input.majority, input.tieBreak);
      db.prepare(
        "UPDATE budget_meetings SET quorum_kind = ?, quorum_count = ?, majority = ?, tie_break = ? WHERE status = 'gepland'",
      ).run(input.quorumKind, input.quorumCount, input.majority, input.tieBreak);
      audit({ entity: 'committee_rules', entityId: 1, summary: describeChanges({ ...before }, input, RULES_LABELS) });
      const rules = getRules(db);
      return { ...rules, text: rulesText(rules) };
    },
  }),
};
