/**
 * Messages of the Share panel and the embed's title bar and card, in their chunks:
 * registered (messages.ts, registerMessages) when they load.
 */
import { registerMessages } from './messages.ts';

export const shareViewZh = {
  'share.title': '分享这张地图',
  'share.intro': '链接包含地图当前的选择、筛选、视图、指标和语言。',
  'share.close': '关闭',
  'share.linkLabel': '当前地图的链接',
  'share.copyLink': '复制链接',
  'share.copied': '已复制',
  'share.linkCopied': '链接已复制到剪贴板。',
  'share.copyFailed': '无法自动复制：文字已选中，请按 Ctrl+C（手机上长按）复制。',
  'share.qrTitle': '二维码',
  'share.qrHint': '用手机扫码即可打开这张地图，例如用微信“扫一扫”。',
  'share.qrAlt': '二维码，扫码打开：{link}',
  'share.qrDownload': '下载二维码（PNG）',
  'share.qrFailed': '二维码未能生成（{detail}）。',
  'share.embedTitle': '嵌入网页',
  'share.embedHint':
    '把这段代码粘贴到网页的 HTML 中。地图会把内容高度发给所在网页（消息类型 hohhot-map:height），网页可据此调整框架高度。',
  'share.embedLabel': '嵌入代码',
  'share.copyEmbed': '复制嵌入代码',
  'share.embedCopied': '嵌入代码已复制到剪贴板。',
  'embed.openFull': '打开完整地图',
  'embed.newTab': '（在新标签页中打开）',
  'embed.viewInFull': '在完整地图中查看',
  'embed.closeCard': '关闭',
  'embed.communityIn': '{division}的村（社区）',
} as const;

export const shareViewEn: Record<keyof typeof shareViewZh, string> = {
  'share.title': 'Share this map',
  'share.intro':
    'The link holds the map’s selection, filters, view, measure and language as they are now.',
  'share.close': 'Close',
  'share.linkLabel': 'Link to this map',
  'share.copyLink': 'Copy link',
  'share.copied': 'Copied',
  'share.linkCopied': 'The link was copied to the clipboard.',
  'share.copyFailed':
    'Could not copy automatically: the text is selected; press Ctrl+C (on a phone, long-press) to copy it.',
  'share.qrTitle': 'QR code',
  'share.qrHint': 'Scan it with a phone to open this map (WeChat’s Scan works too).',
  'share.qrAlt': 'QR code that opens {link}',
  'share.qrDownload': 'Download the QR code (PNG)',
  'share.qrFailed': 'The QR code could not be drawn ({detail}).',
  'share.embedTitle': 'Embed in a web page',
  'share.embedHint':
    'Paste this code into a page’s HTML. The map sends the page its content height (message type hohhot-map:height), so the page can size the frame.',
  'share.embedLabel': 'Embed code',
  'share.copyEmbed': 'Copy the embed code',
  'share.embedCopied': 'The embed code was copied to the clipboard.',
  'embed.openFull': 'Open the full map',
  'embed.newTab': '(opens in a new tab)',
  'embed.viewInFull': 'View in the full map',
  'embed.closeCard': 'Close',
  'embed.communityIn': 'Village or community in {division}',
};

registerMessages({ zh: shareViewZh, en: shareViewEn });
