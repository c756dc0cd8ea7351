/**
 * An error the user cannot see did not happen, for them: "Controleren" at the bottom of a long form with the
 * messages at the top looked like nothing happened. So the first field with an error, or the message about the
 * whole form, is scrolled into view and gets the focus (a screen reader then reads it too).
 */

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea, select, button, [tabindex]:not([tabindex="-1"])';

/** Scrolls the element to the middle of its scrolling box (a dialog's or the page's) and focuses it. */
export function reveal(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

const holds = (path: string, errorKey: string) => path === errorKey || errorKey.startsWith(`${path}.`);

/**
 * The first field of the form (in the order on screen) whose value has an error. Mantine's form marks every
 * bound control with `data-path`; a group (radio buttons, a segmented control) carries it on a wrapper, and
 * then its first control takes the focus.
 */
export function firstErrorField(root: ParentNode, errorKeys: readonly string[]): HTMLElement | null {
  if (errorKeys.length === 0) return null;
  for (const node of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = node.dataset.path ?? '';
    if (!errorKeys.some((key) => holds(path, key))) continue;
    if (node.matches(FOCUSABLE) || node.tabIndex >= 0) return node;
    const inner = node.querySelector<HTMLElement>(FOCUSABLE);
    if (inner) return inner;
  }
  return root.querySelector<HTMLElement>('[aria-invalid="true"]');
}

/** After the errors are drawn (the next frame), goes to the first field with one; true when there was such a field. */
export function revealFirstError(root: ParentNode | null, errorKeys: readonly string[]): boolean {
  const field = firstErrorField(root ?? document, errorKeys);
  if (!field) return false;
  reveal(field);
  // The messages under the fields appear with this render and push the field down; centre it once more.
  requestAnimationFrame(() => field.scrollIntoView({ block: 'center' }));
  return true;
}

/** Whether the focus is on a field marked as wrong: a message about the whole form then leaves it there. */
export const focusOnInvalidField = (): boolean => document.activeElement?.getAttribute('aria-invalid') === 'true';
