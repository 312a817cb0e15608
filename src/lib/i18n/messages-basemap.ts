/** Messages of the basemap switcher; merged into the catalogues in messages.ts. */
export const basemapZh = {
  'basemap.loadFailed': '底图选项未能载入，请检查网络后再试。',
  'basemap.open': '选择底图',
  'basemap.failed': '在线底图无法加载（可能已离线，或密钥被拒绝），已切换回离线底图。',
  'basemap.attribution.tianditu': '© 天地图（国家地理信息公共服务平台）',
  'basemap.reviewNumber': '审图号：{number}',
} as const;

export const basemapEn: Record<keyof typeof basemapZh, string> = {
  'basemap.loadFailed':
    'The basemap options could not be loaded; check the connection and try again.',
  'basemap.open': 'Choose the basemap',
  'basemap.failed':
    'The online basemap could not be loaded (offline, or the key was refused); back to the offline basemap.',
  'basemap.attribution.tianditu':
    '© Tianditu (National Platform for Common GeoSpatial Information Services)',
  'basemap.reviewNumber': 'Map review number (审图号): {number}',
};

export type BasemapMessageKey = keyof typeof basemapZh;
