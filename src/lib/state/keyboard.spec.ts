import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import type { DistrictProperties } from '../data/schema.ts';
import { keyboardAction } from './keyboard.ts';

const districts = loadBundledData().districts.features.map((f) => f.properties);
const byCode = (code: string) => districts.find((d) => d.code === code) as DistrictProperties;

function press(key: string, selected: string | null, target: EventTarget | null = null) {
  const app = {
    selection: selected ? ({ kind: 'district', code: selected } as never) : null,
    selectedDistrict: selected ? byCode(selected) : null,
    districts,
  };
  return keyboardAction({ key, target, altKey: false, ctrlKey: false, metaKey: false }, app);
}

describe('keyboardAction', () => {
  test('arrows move a selected division to its neighbour in that direction', () => {
    expect(press('ArrowDown', '150122')).toEqual({ kind: 'select', code: '150124' });
    expect(press('ArrowUp', '150124')).toEqual({ kind: 'select', code: expect.any(String) });
  });

  test('arrows do nothing without a selection or past the edge', () => {
    expect(press('ArrowDown', null)).toBeNull();
    expect(press('ArrowDown', '150124')).toBeNull();
  });

  test('Escape clears a selection; ? opens help; / focuses search', () => {
    expect(press('Escape', '150104')).toEqual({ kind: 'clear' });
    expect(press('Escape', null)).toBeNull();
    expect(press('?', null)).toEqual({ kind: 'help' });
    expect(press('/', null)).toEqual({ kind: 'search' });
  });

  test('modifier keys are left to the browser', () => {
    const app = { selection: null, selectedDistrict: null, districts };
    expect(
      keyboardAction({ key: '/', target: null, altKey: false, ctrlKey: true, metaKey: false }, app),
    ).toBeNull();
  });
});
