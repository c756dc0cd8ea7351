import { useTranslation } from 'react-i18next';

/** "Op … om … uur, <plaats>." as the agenda pack and the minutes both open. */
export function MeetingWhen({
  meeting,
}: {
  meeting: { dateText: string; startTime: string; location: string | null };
}) {
  const { t } = useTranslation();
  return (
    <p>
      {t('meetings.doc.when', { date: meeting.dateText, time: meeting.startTime })}
      {meeting.location ? `, ${meeting.location}` : ''}.
    </p>
  );
}

/** Quorum, majority and tie-break in words, as one paragraph. */
export function RulesParagraph({ rules }: { rules: { quorum: string; majority: string; tieBreak: string } }) {
  return (
    <p>
      {rules.quorum} {rules.majority} {rules.tieBreak}
    </p>
  );
}
