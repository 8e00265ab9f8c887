import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);

/** vnu.jar, the Nu HTML Checker (the W3C validator's engine), as the `vnu-jar` package ships it. */
export const vnuJar = String(require('vnu-jar'));

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the Nu HTML Checker once, in one JVM, over every file given, with Java from the system
 * (Debian's default-jre-headless; `JAVA` names another). Warnings are not turned off
 * (no `--errors-only`): every message is returned.
 */
export async function runNuChecker(files: string[]): Promise<NuMessage[]> {
  const { stdout } = await promisify(execFile)(
    process.env.JAVA ?? 'java',
    ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
}

/**
 * Messages deliberately not counted, each with its reason; every other message (error, warning
 * or plain info) fails the test.
 */
export const acceptedMessages: { type: NuMessage['type']; pattern: RegExp; reason: string }[] = [
  {
    // A plain `info` (no `warning` subtype), not a warning.
    type: 'info',
    pattern: /^Trailing slash on void elements has no effect/,
    reason:
      'React writes void elements as `<meta … />`; the slash is allowed by HTML and harmless ' +
      'here, since React quotes every attribute value (the checker warns of unquoted values ' +
      'before a slash: https://github.com/validator/validator/wiki/Markup-%C2%BB-Void-elements). ' +
      'React will not change it (https://github.com/facebook/react/issues/25944, and Next.js ' +
      'sent the request there: https://github.com/vercel/next.js/issues/43995).',
  },
];

/** Whether a message counts: all do but the accepted ones above (matched by type and text). */
export function counts(message: NuMessage): boolean {
  return !acceptedMessages.some(
    ({ type, pattern }) =>
      message.type === type && message.subType === undefined && pattern.test(message.message),
  );
}

/** The file a message is about, relative to `root` with forward slashes. */
export function fileOf(message: NuMessage, root: string): string {
  const file = message.url.startsWith('file:') ? fileURLToPath(message.url) : message.url;
  return path.relative(root, file).split(path.sep).join('/');
}

/** `out/zh/press/index.html:15:1  warning  Section lacks heading. …`, one line per counted message. */
export function describeNuMessage(message: NuMessage, root: string): string {
  const kind = message.type === 'info' ? (message.subType ?? 'info') : message.type;
  const where = `${fileOf(message, root)}:${message.lastLine ?? message.firstLine ?? 0}:${message.firstColumn ?? 0}`;
  return `${where}  ${kind}  ${message.message}`;
}
