import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/nginx.mjs';
import { copyProject } from '../support/project-copy';

// The real `npm run dev`, in a copy of the project (the test breaks a page): a content mistake
// made while it runs is reported once in the terminal, exactly as `npm run check` prints it, and
// the page shows the same text; it listens on 127.0.0.1 only; and killing npm stops it all.

const page = 'content/en/golden-altitude.mdx';

let copy: string;
let port: number;
let dev: ChildProcess;
let output = '';

/** The processes whose working directory is the copy: everything `npm run dev` started there. */
function processesInCopy(): { pid: number; command: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        if (readlinkSync(`/proc/${pid}/cwd`) !== copy) return [];
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
        // A zombie (ended, not yet reaped) has no command line left.
        return command ? [{ pid: Number(pid), command }] : [];
      } catch {
        return [];
      }
    });
}

/** The local addresses listening on a TCP port, from /proc/net (hex, as the kernel writes them). */
function listeningAddresses(onPort: number): string[] {
  const hexPort = onPort.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          .filter((fields) => fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`))
          .map((fields) => fields[1]!.split(':')[0]!)
      : [],
  );
}

function accepts(host: string, onPort: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: onPort }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds: number) {
  for (const end = Date.now() + seconds * 1000; Date.now() < end;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} within ${seconds} s; npm run dev printed:\n${output}`);
}

const pageUrl = () => `http://127.0.0.1:${port}/en/golden-altitude/`;

/** The text of an HTML fragment, as a browser shows it (tags dropped, entities decoded). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

beforeAll(async () => {
  copy = copyProject('park-dev-');
  port = await freePort();
  // Its own process group, so that whatever a failing test leaves can still be found and ended.
  dev = spawn('npm', ['run', 'dev', '--', '--port', String(port)], {
    cwd: copy,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
  await until(
    'the page did not answer',
    async () => ((await fetch(pageUrl())).ok ? true : undefined),
    90,
  );
  // The first check (of content/ without the mistake) has been reported.
  await until('no first content report', async () => output.match(/\[content\]/) ?? undefined, 30);
}, 150_000);

afterAll(() => {
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGKILL');
    } catch {
      // already ended, as it should have
    }
  }
  for (const { pid } of processesInCopy()) process.kill(pid, 'SIGKILL');
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 60_000);

describe('npm run dev', () => {
  it('listens on 127.0.0.1 only', async () => {
    // 0100007F is 127.0.0.1; nothing on 0.0.0.0 or :: (all addresses).
    expect(listeningAddresses(port)).toEqual(['0100007F']);
    expect(output).not.toMatch(/Network:\s+http:\/\/(?!127\.0\.0\.1)/);
  });

  it('reports a content mistake once in the terminal, as npm run check does, and on the page', async () => {
    const original = readFileSync(path.join(copy, page), 'utf8');
    const broken = original.replace(
      '<Figure id="park-altitude-band" />',
      '<Figure id="park-altitude" />',
    );
    expect(broken).not.toBe(original);
    const before = output.length;
    writeFileSync(path.join(copy, page), broken);

    // What `npm run check` prints for it: "file:line:column  中文\n    English".
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'lib/content/check-cli.ts'], {
      cwd: copy,
      encoding: 'utf8',
    });
    const message = new RegExp(
      `^${page.replace(/\./g, '\\.')}:\\d+:\\d+ {2}[^\\n]*"park-altitude"[^\\n]*\\n {4}[^\\n]*`,
      'm',
    ).exec(check.stderr)?.[0];
    expect(message, check.stderr).toBeDefined();
    expect(message).toMatch(/unknown figure id "park-altitude"/);
    const location = message!.split('  ')[0]!;

    // The page shows the same text, in both languages, instead of an error.
    const html = await until(
      'the page did not show the mistake',
      async () => {
        const response = await fetch(pageUrl());
        const text = await response.text();
        return response.ok && text.includes('data-content-problem') ? text : undefined;
      },
      60,
    );
    await until(
      'the terminal did not report the mistake',
      async () => (output.slice(before).includes(location) ? true : undefined),
      30,
    );
    // Saved again unchanged, and the page asked for again: nothing more is printed for it.
    writeFileSync(path.join(copy, page), broken);
    expect((await fetch(pageUrl())).ok).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/en/`)).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const report = output.slice(before);
    expect(report.split(location).length - 1, report).toBe(1);
    expect(report).toContain(message);
    expect(report).not.toMatch(/^\s+at /m); // no stack trace
    expect(report).not.toMatch(/^\s*>?\s*\d+ \|/m); // no code frame
    expect(report).not.toContain('ContentError');

    expect(html).toMatch(/<html lang="en"/);
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    expect(heading).toMatch(/<span lang="zh-Hans"[^>]*>内容有误，请修改后保存<\/span>/);
    expect(heading).toMatch(/<span lang="en"[^>]*>The content has a mistake: fix it and save/);
    const problems = [...html.matchAll(/<li[^>]*data-content-problem[^>]*>([\s\S]*?)<\/li>/g)];
    expect(problems.map((match) => textOf(match[1]!))).toEqual([message]);
    expect(problems[0]![1]).toMatch(/<span lang="zh-Hans">未知的数据编号/);
    expect(problems[0]![1]).toMatch(/<span lang="en">unknown figure id/);
    expect(html).not.toMatch(/\bat (loadPage|Page|generateMetadata)\b/);
  }, 120_000);

  it('stops everything it started when npm is sent SIGTERM', async () => {
    expect(processesInCopy().some(({ command }) => /next\b.* dev/.test(command))).toBe(true);
    process.kill(dev.pid!, 'SIGTERM');
    await until(
      'the port was not freed',
      async () => ((await accepts('127.0.0.1', port)) ? undefined : true),
      20,
    );
    const left = await until(
      'processes were left running',
      async () => {
        const running = processesInCopy();
        return running.length === 0 ? running : undefined;
      },
      20,
    ).catch(() => processesInCopy());
    expect(left).toEqual([]);
  }, 60_000);
});
