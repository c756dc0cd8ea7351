import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import { BudgetSheet, Signature } from '../shared/BudgetSheet';
import classes from '../shared/Document.module.css';
import { MeetingWhen, RulesParagraph } from './MeetingLines';
import { MinutesItem } from './MinutesItem';

export type Minutes = Output<'meetings.minutes'>;

/** The minutes as an A4 document: attendance, quorum, per item declarations, votes, result and decision. */
export function MinutesDocument({ minutes: d }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <BudgetSheet label={d.title} letterhead={d.letterhead}>
      <div className={classes.block}>
        <h2>{d.title}</h2>
        {d.draft && (
          <p className={classes.draft}>
            <strong>{t('meetings.doc.draft')}</strong>
          </p>
        )}
        <MeetingWhen meeting={d.meeting} />
      </div>
      <MinutesAttendance minutes={d} />
      {d.items.map((item) => (
        <MinutesItem key={item.number} item={item} />
      ))}
      <MinutesSummary minutes={d} />
      <div className={classes.signatures}>
        {d.chair && <Signature name={d.chair.name} role={t('committee.chair')} />}
        {d.secretary && <Signature name={d.secretary} role={t('committee.secretary')} />}
      </div>
    </BudgetSheet>
  );
}

const named = (people: { name: string; role: string }[]) => people.map((p) => `${p.name} (${p.role})`).join('; ');

/** Who was there, who chaired, and whether the meeting had its quorum. */
function MinutesAttendance({ minutes: d }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <section className={classes.block}>
      <h3>{t('meetings.doc.attendance')}</h3>
      <p>
        <strong>{t('meetings.doc.present')}:</strong> {named(d.present) || '—'}
      </p>
      {d.absentWithNotice.length > 0 && (
        <p>
          <strong>{t('meetings.doc.absentWithNotice')}:</strong> {named(d.absentWithNotice)}
        </p>
      )}
      {d.absent.length > 0 && (
        <p>
          <strong>{t('meetings.doc.absent')}:</strong> {named(d.absent)}
        </p>
      )}
      {d.guests && (
        <p>
          <strong>{t('meetings.guests')}:</strong> {d.guests}
        </p>
      )}
      {d.chair && (
        <p>
          {t('meetings.chairIs', { name: d.chair.name })}
          {d.secretary ? `; ${t('meetings.secretaryIs', { name: d.secretary })}` : ''}.
        </p>
      )}
      <p>{d.quorum.message}</p>
      <RulesParagraph rules={d.rulesText} />
    </section>
  );
}

/** What the meeting decided in all, and what each round has left. */
function MinutesSummary({ minutes: d }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className={classes.block}>
      <h3>{t('meetings.doc.summary')}</h3>
      <p>
        {t('meetings.doc.summaryText', {
          count: d.summary.items,
          decided: d.summary.decided,
          granted: d.summary.granted,
          rejected: d.summary.rejected,
          deferred: d.summary.deferred,
          amount: f.money(d.summary.grantedCents),
        })}
      </p>
      {d.ledgers.map((l) => (
        <p key={l.roundId}>
          {t('meetings.doc.ledgerLine', {
            round: l.roundName,
            ceiling: f.money(l.ledger.ceilingCents),
            granted: f.money(l.ledger.grantedCents),
            remaining: f.money(l.ledger.remainingCents),
          })}
        </p>
      ))}
    </section>
  );
}
