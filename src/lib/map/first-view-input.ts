/**
 * Clicks and hovers on index.html's first view, from the moment the page's entry runs: a
 * division clicked before the app's chunk has run is remembered, shown selected, and handed
 * to the app when it takes the input (FirstView.svelte), so the click is honoured.
 */
import { showFirstViewState } from './first-view-dom.ts';

export interface FirstViewInput {
  select(code: string): void;
  hover(code: string | null): void;
}

let taker: FirstViewInput | null = null;
let pendingSelect: string | null = null;
let pendingHover: string | null = null;

function codeAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest<SVGElement>('.fv-d')?.dataset.code ?? null;
}

/** Listens on the first view (each division is a link to it: followed only without script). */
export function listenToFirstView(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const code = codeAt(event.target);
    if (!code) return;
    event.preventDefault();
    if (taker) taker.select(code);
    else {
      pendingSelect = code;
      showFirstViewState(root, { hover: pendingHover, selected: code });
    }
  });
  const hover = (code: string | null) => {
    if (taker) taker.hover(code);
    else {
      pendingHover = code;
      showFirstViewState(root, { hover: code, selected: pendingSelect });
    }
  };
  root.addEventListener('pointerover', (event) => hover(codeAt(event.target)));
  root.addEventListener('pointerleave', () => hover(null));
}

/**
 * From now on the first view's input goes to `next` (null: nowhere), starting with what
 * happened before: the last division clicked, and the one under the pointer.
 */
export function takeFirstViewInput(next: FirstViewInput | null): void {
  taker = next;
  if (!next) return;
  if (pendingHover) next.hover(pendingHover);
  if (pendingSelect) next.select(pendingSelect);
  pendingSelect = null;
  pendingHover = null;
}
