/** Messages of the search feature; merged into the catalogues in messages.ts. */
export const searchZh = {
  'search.label': '搜索',
  'search.placeholder': '旗县区、地点、村或社区（可用拼音，如 yqq）',
  'search.resultsLabel': '搜索结果',
  'search.loading': '正在载入村和社区……',
  'search.loadFailed': '村和社区列表未能载入，只能搜索旗县区和地点。',
  'search.none': '没有找到结果',
  'search.countOne': '1 个结果',
  'search.count': '{count} 个结果',
  'search.kind.district': '旗县区',
  'search.kind.site': '地点',
  'search.kind.community': '村/社区',
  'search.cityWide': '全市',
} as const;

export const searchEn: Record<keyof typeof searchZh, string> = {
  'search.label': 'Search',
  'search.placeholder': 'Division, place, village or community (pinyin works, e.g. yqq)',
  'search.resultsLabel': 'Search results',
  'search.loading': 'Loading villages and communities…',
  'search.loadFailed':
    'The village and community list could not be loaded; only divisions and places can be found.',
  'search.none': 'No results',
  'search.countOne': '1 result',
  'search.count': '{count} results',
  'search.kind.district': 'Division',
  'search.kind.site': 'Place',
  'search.kind.community': 'Village/community',
  'search.cityWide': 'City-wide',
};
