/**
 * What the browser tests need on the machine (Chromium and CJK fonts), and what to do when
 * something is missing: install it with apt-get where we can (root on Debian, as on CI), or
 * stop at once with one line that says what to install. The decision is a pure function.
 */

export interface Machine {
  /** Chromium at CHROMIUM_PATH or /usr/bin/chromium. */
  chromium: boolean;
  /** A font with Chinese characters (fonts-noto-cjk), so the map's labels and stamps draw. */
  cjkFonts: boolean;
  root: boolean;
  aptGet: boolean;
  /** CHROMIUM_PATH is set: the user chose a browser of their own, which apt does not replace. */
  customChromium: boolean;
}

export type Plan =
  { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'stop'; message: string };

export function planBrowserSetup(machine: Machine): Plan {
  const packages = [
    ...(machine.chromium ? [] : machine.customChromium ? [] : ['chromium']),
    ...(machine.cjkFonts ? [] : ['fonts-noto-cjk']),
  ];
  if (!machine.chromium && machine.customChromium) {
    return {
      kind: 'stop',
      message:
        'npm test: CHROMIUM_PATH names no Chromium; point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.',
    };
  }
  if (packages.length === 0) return { kind: 'ready' };
  if (machine.root && machine.aptGet) return { kind: 'install', packages };
  return {
    kind: 'stop',
    message: `npm test: the browser tests need ${packages.join(' and ')}; install them with \`sudo apt-get install -y ${packages.join(' ')}\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`,
  };
}
