import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import { BudgetSheet } from '../shared/BudgetSheet';
import classes from '../shared/Document.module.css';
import { AgendaPackItem } from './AgendaPackItem';
import { MeetingWhen, RulesParagraph } from './MeetingLines';

export type Pack = Output<'meetings.agendaPack'>;

/** The agenda pack: the agenda, then per item the application as the committee reads it beforehand. */
export function AgendaPack({ pack: d }: { pack: Pack }) {
  return (
    <BudgetSheet label={d.title} letterhead={d.letterhead}>
      <AgendaPackIntro pack={d} />
      {d.items.map((item) => (
        <AgendaPackItem key={item.application.id} item={item} />
      ))}
    </BudgetSheet>
  );
}

/** When and where, who sits, by which rules, the agenda itself and what each round has left. */
function AgendaPackIntro({ pack: d }: { pack: Pack }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className={classes.block}>
      <h2>{d.title}</h2>
      <MeetingWhen meeting={d.meeting} />
      <p>
        <strong>{t('meetings.doc.members')}:</strong> {d.members.map((m) => `${m.name} (${m.role})`).join('; ')}
      </p>
      <RulesParagraph rules={d.rulesText} />
      <h3>{t('meetings.agenda')}</h3>
      <ul className={classes.list} style={{ listStyle: 'none', paddingLeft: 0 }}>
        {d.agenda.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {d.ledgers.map((l) => (
        <p key={l.roundId}>
          {t('meetings.doc.ledgerPack', {
            round: l.roundName,
            remaining: f.money(l.ledger.remainingCents),
            requested: f.money(l.requestedOnAgendaCents),
          })}
        </p>
      ))}
    </section>
  );
}
