/** The colour theme switch (ThemeSwitch.svelte, in the header and the phone menu). */
export const themeZh = {
  'theme.label': '配色',
  'theme.auto': '自动',
  'theme.light': '浅色',
  'theme.dark': '深色',
} as const;

export const themeEn: Record<keyof typeof themeZh, string> = {
  'theme.label': 'Colour theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
};
