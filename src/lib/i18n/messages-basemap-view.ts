/**
 * Messages of the basemap choice (the popover of the map's layers button), in its chunk:
 * registered (messages.ts, registerMessages) when it loads.
 */
import { registerMessages } from './messages.ts';

export const basemapViewZh = {
  'basemap.title': '底图',
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
} as const;

export const basemapViewEn: Record<keyof typeof basemapViewZh, string> = {
  'basemap.title': 'Basemap',
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
};

registerMessages({ zh: basemapViewZh, en: basemapViewEn });
