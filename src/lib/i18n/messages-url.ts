/** Messages of the url feature; merged into the catalogues in messages.ts. */
export const urlZh = {
  'url.unknownPlace': '链接中的地点不存在，已忽略。',
  'url.unknownPlaceNamed': '没有编号为“{id}”的地点，已忽略。',
  'url.extraSelection': '一个链接只能选中一个地点，其余的已忽略。',
  'url.unknownCategories': '链接中有无法识别的场所类别，已忽略。',
  'url.badCamera': '链接中的地图位置无效，已显示全市范围。',
  'url.tooLong': '链接中有过长的内容，已忽略。',
  'url.malformed': '链接中有部分内容无法识别，已忽略。',
  'url.dismiss': '关闭提示',
} as const;

export const urlEn: Record<keyof typeof urlZh, string> = {
  'url.unknownPlace': 'The link names a place that does not exist; it was ignored.',
  'url.unknownPlaceNamed': 'There is no place with the id “{id}”; it was ignored.',
  'url.extraSelection': 'A link can select one place only; the others were ignored.',
  'url.unknownCategories': 'Unknown site categories in the link were ignored.',
  'url.badCamera': 'The map position in the link was not valid; showing the whole city.',
  'url.tooLong': 'A value in the link was too long and was ignored.',
  'url.malformed': 'Part of the link could not be read and was ignored.',
  'url.dismiss': 'Dismiss',
};

export type UrlMessageKey = keyof typeof urlZh;
