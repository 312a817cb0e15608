/**
 * What the framed map's card says about the selection: a name and one line (a division's
 * status, a site's category, a community's division). Pure apart from reading the state.
 */
// Its messages come with its chunk.
import '../i18n/messages-share-view.ts';
import type { AppState } from '../state/app.svelte.ts';

export interface EmbedCardContent {
  kind: 'district' | 'site' | 'community';
  name: string;
  line: string;
}

type CardState = Pick<
  AppState,
  | 'selection'
  | 'selectedDistrict'
  | 'selectedSite'
  | 'selectedCommunity'
  | 'selectedCode'
  | 'statusOf'
  | 'district'
  | 'pick'
  | 't'
>;

export function embedCardContent(app: CardState): EmbedCardContent | null {
  const selection = app.selection;
  if (!selection) return null;
  if (selection.kind === 'district') {
    const d = app.selectedDistrict;
    if (!d) return null;
    return {
      kind: 'district',
      name: app.pick(d, 'name'),
      line: app.t(`status.${app.statusOf(d.code)}`),
    };
  }
  if (selection.kind === 'site') {
    const site = app.selectedSite?.properties;
    if (!site) return null;
    return { kind: 'site', name: app.pick(site, 'name'), line: app.t(`category.${site.category}`) };
  }
  const community = app.selectedCommunity;
  if (!community) return null;
  const division = app.selectedCode ? app.district(app.selectedCode) : undefined;
  return {
    kind: 'community',
    name: community.short,
    line: division ? app.t('embed.communityIn', { division: app.pick(division, 'name') }) : '',
  };
}
