import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { PrintBar } from './PrintBar';

/** The screen around a budget document: its title on screen only, back and print, then the document. */
export function DocumentSheet({
  pageTitle,
  back,
  backLabel,
  children,
}: {
  pageTitle: string;
  back: string;
  backLabel: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="screen-only">
        <PageHeader title={pageTitle} />
      </div>
      <PrintBar back={back} backLabel={backLabel} />
      {children}
    </>
  );
}
