import { neighbourInDirection, type Direction } from '../data/adjacency.ts';
import type { AppState } from './app.svelte.ts';

export type KeyboardAction =
  { kind: 'clear' } | { kind: 'select'; code: string } | { kind: 'help' } | { kind: 'search' };

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Whether a key press belongs to a text field, list box or other control that uses it. */
function ownedByControl(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [role="combobox"], [role="listbox"], dialog') !== null
  );
}

/**
 * What a key press means for the app (pure apart from reading state): Escape clears the
 * selection, arrows move a selected division to its neighbour, `?` opens the help, `/`
 * focuses the search. Keys that a text field or list box owns are left alone.
 */
export function keyboardAction(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  app: Pick<AppState, 'selection' | 'selectedDistrict' | 'districts'>,
): KeyboardAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'Escape' && app.selection && !ownedByControl(event.target)) {
    return { kind: 'clear' };
  }
  if (ownedByControl(event.target)) return null;
  if (event.key === '?') return { kind: 'help' };
  if (event.key === '/') return { kind: 'search' };
  const direction = ARROWS[event.key];
  const from = app.selectedDistrict;
  if (direction && from) {
    const next = neighbourInDirection(from, direction, app.districts);
    return next ? { kind: 'select', code: next.code } : null;
  }
  return null;
}
