/**
 * Run by `npm run test:e2e` before the build: makes sure Chromium and the CJK fonts are there
 * (installing them with apt-get as root on Debian), or stops with one line saying what to do.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { planBrowserSetup, type Machine } from './browser-requirements.ts';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCjkFonts(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0;
  }
}

function look(): Machine {
  const custom = process.env.CHROMIUM_PATH;
  return {
    chromium: executable(custom || '/usr/bin/chromium'),
    cjkFonts: hasCjkFonts(),
    root: process.getuid?.() === 0,
    aptGet: existsSync('/usr/bin/apt-get'),
    customChromium: Boolean(custom),
  };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`npm test: \`${command} ${args.join(' ')}\` failed (exit ${result.status}).`);
    process.exit(1);
  }
}

const plan = planBrowserSetup(look());
if (plan.kind === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.kind === 'install') {
  console.log(`npm test: installing ${plan.packages.join(' and ')} with apt-get`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...plan.packages]);
  const after = planBrowserSetup(look());
  if (after.kind !== 'ready') {
    console.error(`npm test: ${plan.packages.join(' and ')} still missing after apt-get install.`);
    process.exit(1);
  }
}
