// The system packages the tests need, checked in a second before anything else runs. Plain Node
// and no dependencies, so it runs on a fresh clone before `npm ci`. What is missing is installed
// with apt-get when we are root on Debian or Ubuntu (as on CI); otherwise the run stops here and
// prints the one command to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Each package, and how to tell it is there. */
export const systemPackages = [
  // The browser tests. On Ubuntu, whose chromium is a snap, Playwright installs its own instead.
  { name: 'chromium', present: () => onPath('chromium'), debianOnly: true },
  // Chinese text in screenshots and in the browser tests' layout checks.
  { name: 'fonts-noto-cjk', present: () => fontInstalled('Noto Sans CJK') },
  // The site served as in production, with the shipped deploy/ configuration.
  { name: 'nginx', present: () => existsSync('/usr/sbin/nginx') },
  {
    name: 'libnginx-mod-http-brotli-static',
    present: () => existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'),
  },
  // njs: nginx negotiates the language of `/` with deploy/accept-language.mjs.
  {
    name: 'libnginx-mod-http-js',
    present: () => existsSync('/usr/lib/nginx/modules/ngx_http_js_module.so'),
  },
  // The TLS tests make a certificate (and an OCSP responder) at test time.
  { name: 'openssl', present: () => onPath('openssl') },
  // `npm run release` uploads with rsync; its tests publish to a folder here.
  { name: 'rsync', present: () => onPath('rsync') },
  // The Nu HTML Checker (vnu-jar) runs on Java 11 or later.
  { name: 'default-jre-headless', present: () => onPath('java') },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function fontInstalled(family) {
  const list = spawnSync('fc-list', [], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.includes(family);
}

function distribution() {
  try {
    return /^ID=(.*)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]?.replace(/"/g, '');
  } catch {
    return undefined;
  }
}

const debian = distribution() === 'debian';
const missing = systemPackages
  .filter((each) => debian || !each.debianOnly)
  .filter((each) => !each.present())
  .map((each) => each.name);

if (missing.length > 0) {
  const command = `apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && onPath('apt-get');
  if (!canInstall) {
    console.error(
      `The tests need system packages that are missing: ${missing.join(', ')}.\n` +
        `Install them, then run the tests again:\n\n    sudo ${command}\n`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from the system's packages`);
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const install =
    update.status === 0 &&
    spawnSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command} -qq`], { stdio: 'inherit' });
  if (!install || install.status !== 0) {
    console.error(`Installing failed. Run it by hand:\n\n    ${command}\n`);
    process.exit(1);
  }
}
