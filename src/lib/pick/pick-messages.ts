/** The point picker's words, in both languages (a maintainers' tool, with its own catalogue). */
import type { Lang } from '../i18n/langs.ts';
import type { BasemapId } from '../map/basemap.ts';

export const PICK_MESSAGES = {
  zh: {
    title: '取点（维护者工具）',
    hint: '点击地图取得该处的位置，或取地图中心点。',
    datum: '坐标系：WGS84。本图的边界和地点都是 WGS84，坐标原样显示，不作任何换算。',
    basemapDatum: {
      offline: '当前底图：离线底图（WGS84）。',
      osm: '当前底图：OpenStreetMap（WGS84）。',
      tianditu: '当前底图：天地图（CGCS2000，在地图比例尺上与 WGS84 一致）。',
    },
    noAmap: '不要对照高德、腾讯或百度地图点选：它们的坐标偏移数百米。',
    pickCentre: '取地图中心点',
    none: '尚未取点。',
    lon: '经度',
    lat: '纬度',
    division: '所在旗县区',
    outside: '不在呼和浩特市九个旗县区内',
    columns: '模板各列（docs/sites-template.xlsx）',
    row: '表格行（制表符分隔；在表格中选中「编号」列的单元格后粘贴）',
    copy: '复制这一行',
    copied: '已复制。',
    copyFailed: '无法复制：请选中上面的文字，按 Ctrl+C。',
  },
  en: {
    title: 'Point picker (for maintainers)',
    hint: 'Click the map to take the position there, or take the map’s centre.',
    datum:
      'Datum: WGS84. The map’s boundaries and places are WGS84; the position is shown as it is, with no conversion.',
    basemapDatum: {
      offline: 'Basemap: offline (WGS84).',
      osm: 'Basemap: OpenStreetMap (WGS84).',
      tianditu: 'Basemap: Tianditu (CGCS2000, the same as WGS84 at map scale).',
    },
    noAmap:
      'Do not pick against Amap, Tencent or Baidu maps: their positions are offset by hundreds of metres.',
    pickCentre: 'Take the map’s centre',
    none: 'No point picked yet.',
    lon: 'Longitude',
    lat: 'Latitude',
    division: 'Division',
    outside: 'Outside Hohhot’s nine divisions',
    columns: 'The template’s columns (docs/sites-template.xlsx)',
    row: 'Sheet row (tab-separated; paste it into the 编号 / id cell of a row)',
    copy: 'Copy this row',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text above and press Ctrl+C.',
  },
} as const satisfies Record<Lang, unknown>;

export type PickMessages = (typeof PICK_MESSAGES)[Lang];

/** The basemap's name, as the location note says it, in both languages. */
export const BASEMAP_NAMES: Record<BasemapId, { zh: string; en: string }> = {
  offline: { zh: '离线底图', en: 'offline' },
  osm: { zh: 'OpenStreetMap 底图', en: 'OpenStreetMap' },
  tianditu: { zh: '天地图底图', en: 'Tianditu' },
};
