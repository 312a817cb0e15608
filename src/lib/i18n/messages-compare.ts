/** Messages of the compare view, the city at a glance and the exports; merged in messages.ts. */
export const compareZh = {
  'view.label': '视图',
  'view.map': '地图',
  'view.compare': '比较',
  'view.loading': '正在载入比较视图……',
  'view.loadFailed': '比较视图未能载入（{detail}）。',
  'sheet.toggle': '搜索、筛选与图例',
  'export.title': '导出与打印',
  'export.csv': '下载比较表（CSV）',
  'export.geojson': '下载当前筛选的地点（GeoJSON）',
  'export.png': '保存地图图片（PNG）',
  'export.print': '打印地图和详情',
  'export.done': '已生成 {file}',
  'export.failed': '导出失败：{reason}',
  'export.stampSource': '数据截至 {date}；来源：{count} 份文件，见地图的“数据来源”页',
  'export.stampDate': '制图日期：{date}',
} as const;

export const compareEn: Record<keyof typeof compareZh, string> = {
  'view.label': 'View',
  'view.map': 'Map',
  'view.compare': 'Compare',
  'view.loading': 'Loading the comparison…',
  'view.loadFailed': 'The comparison could not be loaded ({detail}).',
  'sheet.toggle': 'Search, filters and legend',
  'export.title': 'Export and print',
  'export.csv': 'Download the comparison (CSV)',
  'export.geojson': 'Download the filtered places (GeoJSON)',
  'export.png': 'Save the map as an image (PNG)',
  'export.print': 'Print the map and details',
  'export.done': 'Made {file}',
  'export.failed': 'Export failed: {reason}',
  'export.stampSource':
    'Data as of {date}; sources: {count} documents, listed in the map’s Sources view',
  'export.stampDate': 'Made on {date}',
};
