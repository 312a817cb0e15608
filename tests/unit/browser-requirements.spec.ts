import { describe, expect, it } from 'vitest';
import { planBrowserSetup, type Machine } from '../e2e/browser-requirements.ts';

const machine = (fields: Partial<Machine>): Machine => ({
  chromium: true,
  cjkFonts: true,
  root: false,
  aptGet: true,
  customChromium: false,
  ...fields,
});

describe('planBrowserSetup', () => {
  it('is ready when Chromium and the CJK fonts are there', () => {
    expect(planBrowserSetup(machine({}))).toEqual({ kind: 'ready' });
  });

  it('installs what is missing as root with apt-get (a fresh Debian machine, CI)', () => {
    expect(planBrowserSetup(machine({ chromium: false, cjkFonts: false, root: true }))).toEqual({
      kind: 'install',
      packages: ['chromium', 'fonts-noto-cjk'],
    });
    expect(planBrowserSetup(machine({ cjkFonts: false, root: true }))).toEqual({
      kind: 'install',
      packages: ['fonts-noto-cjk'],
    });
  });

  it('otherwise stops with one line naming what to install', () => {
    const plan = planBrowserSetup(machine({ chromium: false }));
    expect(plan).toEqual({
      kind: 'stop',
      message:
        'npm test: the browser tests need chromium; install them with `sudo apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.',
    });
    const noApt = planBrowserSetup(machine({ cjkFonts: false, root: true, aptGet: false }));
    expect(noApt.kind).toBe('stop');
    expect(noApt.kind === 'stop' && noApt.message.split('\n')).toHaveLength(1);
  });

  it('never replaces a Chromium the user chose with CHROMIUM_PATH', () => {
    const plan = planBrowserSetup(machine({ chromium: false, customChromium: true, root: true }));
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain('CHROMIUM_PATH');
  });
});
