/**
 * Messages of the site and community panels, in their chunks: registered (messages.ts,
 * registerMessages) when a panel loads, not at start.
 */
import { registerMessages } from './messages.ts';

export const panelsViewZh = {
  'site.category': '类别',
  'site.division': '所在旗县区',
  'site.cityWide': '全市',
  'site.summary': '简介',
  'site.facts': '要点',
  'site.dates': '大事',
  'site.location': '位置',
  'site.officialCode': '统计用区划代码',
  'site.noHonours': '来源文章未提及该地点的荣誉。',
  'community.kind': '村（社区）',
  'community.township': '所属乡镇（街道）',
  'community.division': '所属旗县区',
  'community.statisticalZone': '统计上归属：{name}（统计单元，不是九个旗县区之一）',
  'community.services': '可用的全市服务',
  'community.qrFigure': '“呼和浩特司法通”一村一社区一码覆盖全市 {count} 个村（社区）',
  'community.sitesInDivision': '所在旗县区的地点',
  'community.twoCounts':
    '对照：国家统计局 2023 年统计用区划代码列出全市 {official} 个村级单位（其中 {zone} 个在经济技术开发区）。两个数字口径不同，这里并列展示，不作调和。',
} as const;

export const panelsViewEn: Record<keyof typeof panelsViewZh, string> = {
  'site.category': 'Category',
  'site.division': 'Division',
  'site.cityWide': 'City-wide',
  'site.summary': 'Summary',
  'site.facts': 'Facts',
  'site.dates': 'Dates',
  'site.location': 'Location',
  'site.officialCode': 'Statistical code',
  'site.noHonours': 'The source names no honour for this place.',
  'community.kind': 'Village or community',
  'community.township': 'Township or street',
  'community.division': 'Division',
  'community.statisticalZone':
    'Counted under {name} (a statistical unit, not one of the nine divisions)',
  'community.services': 'City-wide services that reach it',
  'community.qrFigure':
    'The “Hohhot Judicial Connect” QR code is posted in {count} villages and communities across the city',
  'community.sitesInDivision': 'Places in its division',
  'community.twoCounts':
    'For comparison: the National Bureau of Statistics 2023 codes list {official} village-level units in the city ({zone} of them in the Economic and Technological Development Zone). The two numbers count different things; they are shown side by side, not reconciled.',
};

registerMessages({ zh: panelsViewZh, en: panelsViewEn });
