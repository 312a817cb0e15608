/**
 * Messages of the Sources view, in its chunk: registered (messages.ts, registerMessages) when
 * the view loads, not at start.
 */
import { registerMessages } from './messages.ts';

export const sourcesViewZh = {
  'sources.title': '数据来源',
  'sources.intro':
    '地图上的每一项事实都注明出处。等级按原始发布者划分：A 为政府网站或官方媒体，B 为主流媒体，C 为聚合网站或来源不明的页面（只作次要来源）。',
  'sources.asOfNote': '即所有来源中最新的日期。',
  'sources.publisher': '发布者',
  'sources.noPublisher': '未署名',
  'sources.date': '日期',
  'sources.grade': '等级',
  'sources.grade.A': 'A · 官方',
  'sources.grade.B': 'B · 媒体',
  'sources.grade.C': 'C · 次要来源',
  'sources.link': '原文链接',
  'sources.via': '所读副本',
  'sources.noLink': '原文地址不详',
  'sources.count': '{count} 项引用',
  'sources.citedBy': '引用《{title}》的 {count} 项',
  'sources.showAll': '取消筛选',
  'sources.kind.site': '地点',
  'sources.kind.honour': '荣誉',
  'sources.kind.figure': '数据',
  'sources.kind.event': '事件',
} as const;

export const sourcesViewEn: Record<keyof typeof sourcesViewZh, string> = {
  'sources.title': 'Sources',
  'sources.intro':
    'Every fact on the map says where it comes from. Grades go by the original publisher: A a government site or official press, B mainstream press, C an aggregator or a page of unknown origin (a secondary source only).',
  'sources.asOfNote': 'The newest date among the sources.',
  'sources.publisher': 'Publisher',
  'sources.noPublisher': 'not named',
  'sources.date': 'Date',
  'sources.grade': 'Grade',
  'sources.grade.A': 'A · official',
  'sources.grade.B': 'B · press',
  'sources.grade.C': 'C · secondary',
  'sources.link': 'Original',
  'sources.via': 'Copy read',
  'sources.noLink': 'address of the original not known',
  'sources.count': 'Cited by {count}',
  'sources.citedBy': 'What cites “{title}” ({count})',
  'sources.showAll': 'Clear the filter',
  'sources.kind.site': 'Place',
  'sources.kind.honour': 'Honour',
  'sources.kind.figure': 'Figure',
  'sources.kind.event': 'Event',
};

registerMessages({ zh: sourcesViewZh, en: sourcesViewEn });
