import { describe, expect, test } from 'vitest';
import { MEASURES } from '../data/measures.ts';
import { tableColumns } from './column-labels.ts';
import { cardLayout } from './compare-card.ts';
import { SORT_KEYS } from './sort-keys.ts';

const columns = tableColumns(['court', 'community', 'supervision_office']);

describe('cardLayout', () => {
  test('status, unsorted: no extra figure; every other number behind the disclosure', () => {
    expect(cardLayout(columns, 'status', null)).toEqual({
      measure: null,
      sortFigure: null,
      details: [
        'sites.court',
        'sites.community',
        'sites.supervision_office',
        'sites',
        'area',
        'townships',
        'villages',
      ],
    });
  });

  test('the map’s numeric measure is on the card, and its column leaves the details', () => {
    const layout = cardLayout(columns, 'villages', null);
    expect(layout.measure).toBe('villages');
    expect(layout.details).not.toContain('villages');
    // The density has no column: the details keep every number.
    expect(cardLayout(columns, 'site_density', null)).toMatchObject({
      measure: 'site_density',
      details: cardLayout(columns, 'status', null).details,
    });
  });

  test('the sorted column’s figure is on the card, unless the card already shows it', () => {
    const byArea = cardLayout(columns, 'status', { key: 'area', direction: 'descending' });
    expect(byArea.sortFigure).toBe('area');
    expect(byArea.details).not.toContain('area');
    expect(
      cardLayout(columns, 'status', { key: 'honours', direction: 'ascending' }).sortFigure,
    ).toBe('honours');
    for (const key of ['name', 'kind', 'status'] as const) {
      expect(cardLayout(columns, 'status', { key, direction: 'ascending' }).sortFigure).toBeNull();
    }
    // Sorted by the measure's own column: shown once, as the measure.
    const same = cardLayout(columns, 'villages', { key: 'villages', direction: 'descending' });
    expect(same.sortFigure).toBeNull();
    expect(same.measure).toBe('villages');
  });

  test('every column is on the card or one tap away, whatever the measure and sort', () => {
    const onCard = new Set(['name', 'kind', 'status', 'honours']);
    for (const measure of MEASURES) {
      for (const key of [null, ...SORT_KEYS]) {
        const sort = key ? { key, direction: 'ascending' as const } : null;
        const layout = cardLayout(columns, measure, sort);
        const measureColumn = measure === 'villages' || measure === 'honours' ? measure : null;
        for (const column of columns) {
          const shown =
            onCard.has(column) ||
            column === layout.sortFigure ||
            column === measureColumn ||
            layout.details.includes(column);
          expect(shown, `${measure} ${key} ${column}`).toBe(true);
        }
        expect(new Set(layout.details).size).toBe(layout.details.length);
      }
    }
  });
});
