/**
 * A button that opens a panel (the phone header's menu, the map's basemap choice): focus goes
 * into the panel when it opens; Escape closes it and gives focus back to the button; a press
 * anywhere outside closes it.
 */
import { tick } from 'svelte';

export interface DisclosureParts {
  /** The element holding the button and the panel. */
  root: () => HTMLElement | undefined;
  button: () => HTMLElement | undefined;
  /** Where focus goes when the panel opens. */
  firstFocus: (root: HTMLElement) => HTMLElement | null;
}

export class Disclosure {
  open = $state(false);
  readonly #parts: DisclosureParts;

  constructor(parts: DisclosureParts) {
    this.#parts = parts;
  }

  async toggle(): Promise<void> {
    this.open = !this.open;
    if (!this.open) return;
    await tick();
    const root = this.#parts.root();
    if (root) this.#parts.firstFocus(root)?.focus();
  }

  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) this.#parts.button()?.focus();
  }

  /** For the root's keydown: Escape closes the panel, not whatever lies behind it. */
  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.close(true);
  };

  /** For the window's pointerdown: a press outside the root closes the panel. */
  onWindowPointerDown = (event: PointerEvent): void => {
    const root = this.#parts.root();
    if (this.open && root && !root.contains(event.target as Node)) this.close(false);
  };
}
