import { useTranslation } from 'react-i18next';
import type { Output } from '../../../api/client';
import { useFormat } from '../../../hooks/useFormat';
import classes from '../shared/Document.module.css';

type MinutesItemData = Output<'meetings.minutes'>['items'][number];

/** One agenda item in the minutes: declarations, quorum, votes, result and the decision with its motivation. */
export function MinutesItem({ item }: { item: MinutesItemData }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className={`${classes.item} ${classes.block}`}>
      <h3>
        {t('meetings.itemNumber', { n: item.position })}: {item.number} {item.title}
      </h3>
      <p>
        {item.applicantName}, {item.schemeLabel}; {t('applications.requested')} {f.money(item.requestedCents)}
        {item.proposal ? `; ${t('meetings.doc.proposal')} ${f.money(item.proposal.proposedCents)}` : ''}.
      </p>
      {item.declarations.length > 0 ? (
        item.declarations.map((d) => <p key={d.name}>{d.text}</p>)
      ) : (
        <p>{t('meetings.doc.noDeclarations')}</p>
      )}
      <p>{item.quorum.message}</p>
      {item.votes.length > 0 && (
        <p>
          <strong>{t('meetings.doc.votes')}:</strong> {item.votes.map((v) => `${v.name}: ${v.text}`).join('; ')}.
        </p>
      )}
      <p>{item.resultText}</p>
      {item.tieBreakNote && <p>{item.tieBreakNote}</p>}
      {item.decision && <MinutesDecision decision={item.decision} />}
    </section>
  );
}

function MinutesDecision({ decision }: { decision: NonNullable<MinutesItemData['decision']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <p>
        <strong>{t('meetings.decision')}:</strong> {decision.outcomeLabel}
        {decision.grantedCents > 0 ? `, ${f.money(decision.grantedCents)}` : ''}.
      </p>
      {decision.conditions.length > 0 && (
        <>
          <p>{t('meetings.conditions')}:</p>
          <ul className={classes.list}>
            {decision.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>{t('meetings.motivation')}:</strong> {decision.motivation}
      </p>
    </>
  );
}
