import { describe, expect, it, vi } from 'vitest';
import { Disclosure } from './disclosure.svelte.ts';

function parts() {
  const inside = { focus: vi.fn() };
  const button = { focus: vi.fn() } as unknown as HTMLElement;
  const child = {} as Node;
  const root = {
    contains: (node: Node) => node === child,
  } as unknown as HTMLElement;
  const disclosure = new Disclosure({
    root: () => root,
    button: () => button,
    firstFocus: () => inside as unknown as HTMLElement,
  });
  return { disclosure, inside, button, child };
}

describe('Disclosure', () => {
  it('opens with focus inside, and closes again', async () => {
    const { disclosure, inside } = parts();
    await disclosure.toggle();
    expect(disclosure.open).toBe(true);
    expect(inside.focus).toHaveBeenCalled();
    await disclosure.toggle();
    expect(disclosure.open).toBe(false);
  });

  it('Escape closes it, gives focus back to its button and goes no further', async () => {
    const { disclosure, button } = parts();
    await disclosure.toggle();
    const event = { key: 'Escape', stopPropagation: vi.fn() } as unknown as KeyboardEvent;
    disclosure.onKeydown(event);
    expect(disclosure.open).toBe(false);
    expect(button.focus).toHaveBeenCalled();
    expect(event.stopPropagation).toHaveBeenCalled();
  });

  it('Escape while closed is left to the page (it closes the details panel there)', () => {
    const { disclosure } = parts();
    const event = { key: 'Escape', stopPropagation: vi.fn() } as unknown as KeyboardEvent;
    disclosure.onKeydown(event);
    expect(event.stopPropagation).not.toHaveBeenCalled();
  });

  it('a press outside closes it; a press inside does not', async () => {
    const { disclosure, child } = parts();
    await disclosure.toggle();
    disclosure.onWindowPointerDown({ target: child } as unknown as PointerEvent);
    expect(disclosure.open).toBe(true);
    disclosure.onWindowPointerDown({ target: {} } as unknown as PointerEvent);
    expect(disclosure.open).toBe(false);
  });
});
