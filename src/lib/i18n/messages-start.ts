/**
 * Messages the entry (src/main.ts) shows when the app's own chunk cannot be loaded, so it
 * cannot use the rest of the catalogue; merged into the catalogues in messages.ts too.
 */
export const startZh = {
  'start.failed': '地图应用未能载入（{detail}）。请检查网络连接后重新载入页面。',
  'start.reload': '重新载入',
} as const;

export const startEn: Record<keyof typeof startZh, string> = {
  'start.failed':
    'The map application could not be loaded ({detail}). Check the connection, then reload the page.',
  'start.reload': 'Reload',
};
