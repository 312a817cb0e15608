import { MESSAGES, type Lang, type MessageKey } from './messages.ts';

/** Look up a message and fill its `{name}` placeholders. Unknown placeholders stay visible. */
export function translate(
  lang: Lang,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const template = MESSAGES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Pick the field of a bilingual record that matches the language (`name_zh` / `name_en`). */
export function localised<T extends Record<string, unknown>>(
  record: T,
  field: string,
  lang: Lang,
): string {
  const value = record[`${field}_${lang}`];
  return typeof value === 'string' ? value : '';
}

/** Numbers formatted for the language (thousands separators, up to one decimal). */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);
}
