import type { Holders, KeyItem } from './types';
import type { KeyActions } from './KeyButtons';
import { HandOutModal } from './HandOutModal';
import { KeyModal } from './KeyModal';
import { ReturnModal } from './ReturnModal';

/** Which dialog is open, and for which key. */
export type KeyDialog = { kind: 'handOut' | 'return' | 'lost' | 'edit'; item: KeyItem } | { kind: 'add' } | null;

/** The beheerder's buttons in the table each open their dialog for that key. */
export function keyActionsFor(open: (dialog: KeyDialog) => void): KeyActions {
  return {
    handOut: (item) => open({ kind: 'handOut', item }),
    takeBack: (item) => open({ kind: 'return', item }),
    reportLost: (item) => open({ kind: 'lost', item }),
    edit: (item) => open({ kind: 'edit', item }),
  };
}

/** The open dialog; handing out waits for the list of holders, whose names it offers. */
export function KeyDialogs({
  dialog,
  holders,
  onClose,
  onSaved,
}: {
  dialog: KeyDialog;
  holders: Holders | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  return (
    <>
      {dialog?.kind === 'add' && <KeyModal onClose={onClose} onSaved={onSaved} />}
      {dialog?.kind === 'edit' && <KeyModal item={dialog.item} onClose={onClose} onSaved={onSaved} />}
      {dialog?.kind === 'handOut' && holders && (
        <HandOutModal item={dialog.item} holders={holders} onClose={onClose} onSaved={onSaved} />
      )}
      {(dialog?.kind === 'return' || dialog?.kind === 'lost') && (
        <ReturnModal item={dialog.item} lost={dialog.kind === 'lost'} onClose={onClose} onSaved={onSaved} />
      )}
    </>
  );
}
