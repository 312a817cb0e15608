/**
 * The basemap choice as a MapLibre control (an IControl, placed like the zoom buttons): a
 * Svelte component mounted into the control's box with the app's context, so it reads and
 * changes the same AppState as the rest of the page.
 */
import { mount, unmount } from 'svelte';
import type { IControl } from 'maplibre-gl';
import BasemapMenu from './BasemapMenu.svelte';

export class BasemapControl implements IControl {
  readonly #context: Map<unknown, unknown>;
  #container: HTMLElement | null = null;
  #component: ReturnType<typeof mount> | null = null;

  /** `context`: the contexts of the component that adds the control (`getAllContexts()`). */
  constructor(context: Map<unknown, unknown>) {
    this.#context = context;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl';
    this.#component = mount(BasemapMenu, { target: container, context: this.#context });
    this.#container = container;
    return container;
  }

  onRemove(): void {
    if (this.#component) void unmount(this.#component);
    this.#container?.remove();
    this.#component = null;
    this.#container = null;
  }
}
