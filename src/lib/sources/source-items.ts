/**
 * What the sources view lists for an item that cites a document: its kind, a name to show
 * and what choosing it selects. Pure, so the view only renders.
 */
import type { AppData } from '../data/load.ts';
import type { CitingItem } from '../data/sources.ts';
import type { Lang } from '../i18n/messages.ts';
import { localised } from '../i18n/translate.ts';
import type { Selection } from '../state/selection.ts';
import { isDistrictCode } from '../state/selection.ts';

export interface ItemEntry {
  item: CitingItem;
  name: string;
  /** What choosing it selects on the map; null: it belongs to the city as a whole. */
  selection: Selection | null;
}

function placeSelection(place: string): Selection | null {
  if (place === 'city') return null;
  return isDistrictCode(place) ? { kind: 'district', code: place } : { kind: 'site', id: place };
}

export function itemEntry(item: CitingItem, data: AppData, lang: Lang): ItemEntry {
  switch (item.kind) {
    case 'site': {
      const site = data.sites.features.find((f) => f.properties.id === item.id)?.properties;
      return {
        item,
        name: site ? localised(site, 'name', lang) : item.id,
        selection: { kind: 'site', id: item.id },
      };
    }
    case 'honour': {
      const honour = data.honours.find((h) => h.id === item.id);
      return {
        item,
        name: honour ? localised(honour, 'name', lang) : item.id,
        selection: honour ? placeSelection(honour.holder) : null,
      };
    }
    case 'figure': {
      const figure = data.figures.find((f) => f.id === item.id);
      return { item, name: figure ? localised(figure, 'label', lang) : item.id, selection: null };
    }
    case 'event': {
      const event = data.events.find((e) => e.id === item.id);
      return {
        item,
        name: event ? `${event.date} ${localised(event, 'title', lang)}` : item.id,
        selection: event ? placeSelection(event.place) : null,
      };
    }
  }
}
