import type { ReactNode } from 'react';
import { Letterhead, letterheadFooter, type LetterheadData } from './Letterhead';
import classes from './Document.module.css';

/** The A4 sheet every budget document shares: between the house's letterhead and its footer. */
export function BudgetSheet({
  label,
  letterhead,
  children,
}: {
  /** The sheet's accessible name: the document's own title or subject. */
  label: string;
  letterhead: LetterheadData;
  children: ReactNode;
}) {
  return (
    <article className={classes.sheet} aria-label={label}>
      <Letterhead head={letterhead} />
      {children}
      <footer className={classes.footer}>{letterheadFooter(letterhead)}</footer>
    </article>
  );
}

/** A line to sign on, with the signer's name and role under it. */
export function Signature({ name, role }: { name: string; role: string }) {
  return (
    <div>
      <div className={classes.signLine} />
      <p>{name}</p>
      <p>{role}</p>
    </div>
  );
}
