import type { Output } from '../../../api/client';
import classes from './Document.module.css';

export type LetterheadData = Output<'meetings.minutes'>['letterhead'];

/** The house's letterhead at the top of every budget document. */
export function Letterhead({ head }: { head: LetterheadData }) {
  const place = [head.postcode, head.city].filter(Boolean).join('  ');
  return (
    <header className={classes.letterhead}>
      <div>
        <p className={classes.houseName}>{head.name}</p>
        {head.street && <p>{head.street}</p>}
        {place && <p>{place}</p>}
      </div>
      <div className={classes.senderContact}>
        {head.phone && <p>{head.phone}</p>}
        {head.email && <p>{head.email}</p>}
        {head.welfareProvider && <p>{head.welfareProvider}</p>}
        {head.gebied && <p>{head.gebied}</p>}
      </div>
    </header>
  );
}

export function letterheadFooter(head: LetterheadData): string {
  return [head.name, head.street, [head.postcode, head.city].filter(Boolean).join(' '), head.phone, head.email]
    .filter(Boolean)
    .join(' · ');
}
