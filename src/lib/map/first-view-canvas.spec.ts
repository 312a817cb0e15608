import { describe, expect, test } from 'vitest';
import { loadBundledData } from '../data/bundled.ts';
import { firstViewScene } from './first-view-canvas.ts';

const { districts } = loadBundledData();
const grey = () => '#d6d8d9';

describe('firstViewScene', () => {
  test('gives each division its rings and the fill asked for it', () => {
    const scene = firstViewScene(
      districts,
      (code) => (code === '150104' ? '#3b8fc4' : '#aaa'),
      null,
    );
    expect(scene.shapes).toHaveLength(9);
    const i = districts.features.findIndex((f) => f.properties.code === '150104');
    expect(scene.shapes[i].fill).toBe('#3b8fc4');
    expect(scene.shapes.every((s) => s.rings.length > 0 && s.rings[0].length >= 8)).toBe(true);
  });

  test('projects each geometry once: a second scene of the same data reuses the rings', () => {
    const first = firstViewScene(districts, grey, null);
    const second = firstViewScene(districts, () => '#000', { lon: 111.7, lat: 40.8, zoom: 9 });
    second.shapes.forEach((shape, i) => expect(shape.rings).toBe(first.shapes[i].rings));
  });

  test('its key changes with the colours and the camera, not otherwise', () => {
    const base = firstViewScene(districts, grey, null);
    expect(firstViewScene(districts, grey, null).key).toBe(base.key);
    expect(firstViewScene(districts, () => '#000', null).key).not.toBe(base.key);
    expect(firstViewScene(districts, grey, { lon: 111.7, lat: 40.8, zoom: 9 }).key).not.toBe(
      base.key,
    );
  });
});
