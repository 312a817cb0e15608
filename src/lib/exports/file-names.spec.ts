import { describe, expect, test } from 'vitest';
import { exportFileName, isoDay } from './file-names.ts';

describe('exportFileName', () => {
  const day = new Date(2025, 0, 5, 23, 30);

  test('the local day, zero-padded', () => {
    expect(isoDay(day)).toBe('2025-01-05');
  });

  test('says what the file holds', () => {
    expect(exportFileName('compare-csv', day)).toBe('hohhot-divisions-compared-2025-01-05.csv');
    expect(exportFileName('sites-geojson', day)).toBe('hohhot-sites-2025-01-05.geojson');
    expect(exportFileName('map-png', day)).toBe('hohhot-map-2025-01-05.png');
  });
});
