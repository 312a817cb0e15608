import type { Lang } from '../i18n/messages.ts';

/** MapLibre's own control labels, in the app's language. */
export function mapLocale(lang: Lang): Record<string, string> {
  return lang === 'zh'
    ? {
        'NavigationControl.ZoomIn': '放大',
        'NavigationControl.ZoomOut': '缩小',
        'NavigationControl.ResetBearing': '重置方向',
        'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
        'ScaleControl.Meters': '米',
        'ScaleControl.Kilometers': '千米',
      }
    : {};
}
