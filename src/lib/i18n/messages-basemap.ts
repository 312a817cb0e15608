/** Messages of the basemap switcher; merged into the catalogues in messages.ts. */
export const basemapZh = {
  'basemap.title': '底图',
  'basemap.open': '选择底图',
  'basemap.offline': '离线底图',
  'basemap.osm': 'OpenStreetMap',
  'basemap.tianditu': '天地图',
  'basemap.offlineNote': '内置于本页，不发出任何网络请求。',
  'basemap.onlineNote': '在线底图从 {hosts} 加载地图瓦片；这些服务器会看到你查看的区域。',
  'basemap.tiandituNeedsKey': '使用天地图需要天地图密钥（tk），请在下方输入。',
  'basemap.tiandituDisabled': '此版本未启用天地图。',
  'basemap.keyLabel': '天地图密钥',
  'basemap.keyApply': '使用密钥',
  'basemap.keyHint': '密钥只保存在本页内存中，不写入链接或本地存储，关闭页面即清除。',
  'basemap.keyInvalid': '密钥应由 16 到 64 个字母或数字组成。',
  'basemap.keyConfigured': '已配置天地图密钥。',
  'basemap.keySaved': '已使用输入的天地图密钥。',
  'basemap.failed': '在线底图无法加载（可能已离线，或密钥被拒绝），已切换回离线底图。',
  'basemap.attribution.tianditu': '© 天地图（国家地理信息公共服务平台）',
  'basemap.reviewNumber': '审图号：{number}',
} as const;

export const basemapEn: Record<keyof typeof basemapZh, string> = {
  'basemap.title': 'Basemap',
  'basemap.open': 'Choose the basemap',
  'basemap.offline': 'Offline basemap',
  'basemap.osm': 'OpenStreetMap',
  'basemap.tianditu': 'Tianditu (天地图)',
  'basemap.offlineNote': 'Built into this page; makes no network request.',
  'basemap.onlineNote':
    'Online basemaps load map tiles from {hosts}; those servers see the area you look at.',
  'basemap.tiandituNeedsKey': 'Tianditu needs a Tianditu key (tk); enter it below.',
  'basemap.tiandituDisabled': 'Tianditu is not enabled in this build.',
  'basemap.keyLabel': 'Tianditu key',
  'basemap.keyApply': 'Use key',
  'basemap.keyHint':
    'The key stays in this page’s memory only: never in the link or local storage, and gone when you close the page.',
  'basemap.keyInvalid': 'A key is 16 to 64 letters or digits.',
  'basemap.keyConfigured': 'A Tianditu key is configured.',
  'basemap.keySaved': 'Using the Tianditu key you entered.',
  'basemap.failed':
    'The online basemap could not be loaded (offline, or the key was refused); back to the offline basemap.',
  'basemap.attribution.tianditu':
    '© Tianditu (National Platform for Common GeoSpatial Information Services)',
  'basemap.reviewNumber': 'Map review number (审图号): {number}',
};

export type BasemapMessageKey = keyof typeof basemapZh;
