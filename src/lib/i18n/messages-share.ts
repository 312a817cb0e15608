/** Messages of the share panel (link, QR code, embed code) and of the framed map (`embed=1`). */
export const shareZh = {
  'share.open': '分享',
  'share.loading': '正在载入分享面板……',
  'share.loadFailed': '分享面板未能载入（{detail}）。',
} as const;

export const shareEn: Record<keyof typeof shareZh, string> = {
  'share.open': 'Share',
  'share.loading': 'Loading the share panel…',
  'share.loadFailed': 'The share panel could not be loaded ({detail}).',
};
