import { existsSync } from 'node:fs';

/** Debian's Chromium where installed (these machines cannot download Playwright's own). */
export const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

/** Flags that keep a headless Chromium quiet on a closed network and as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
