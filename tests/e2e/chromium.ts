import { existsSync } from 'node:fs';

/** Where the Chromium binary is: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. The browser tests drive a real Chromium: on Debian run ` +
        '`apt-get install -y chromium fonts-noto-cjk` as root (`.ci/run` does this), or set ' +
        'CHROMIUM_PATH to a Chromium or Chrome binary. (`npx playwright install` cannot download ' +
        'browsers here.)',
    );
  }
  return path;
}

/** Flags: root needs --no-sandbox; the rest stop Chromium making outside calls of its own. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
];

/** WebGL through ANGLE's SwiftShader, as most tests run it. */
export const CHROMIUM_GPU_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export const CHROMIUM_ARGS = [...CHROMIUM_BASE_ARGS, ...CHROMIUM_GPU_ARGS];
