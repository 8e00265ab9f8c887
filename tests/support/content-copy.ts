import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

const roots: string[] = [];

/** Removes the copies made by `contentCopy`; call it from the test file's afterAll. */
export function removeContentCopies(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * A copy of content/ and public/ of its own in a temporary folder, to give a test a case the real
 * content lacks (a draft, a filled-in contact detail); the real content/ is never written.
 */
export function contentCopy() {
  const root = mkdtempSync(path.join(tmpdir(), 'park-content-'));
  roots.push(root);
  cpSync('content', path.join(root, 'content'), { recursive: true });
  cpSync('public', path.join(root, 'public'), { recursive: true });
  return {
    root,
    /** Writes a file of the copy, e.g. `content/en/news/a.mdx`. */
    write(file: string, text: string) {
      writeFileSync(path.join(root, file), text);
    },
    /** Replaces text in a file of the copy; throws when the text is not there. */
    replace(file: string, from: string, to: string) {
      const text = readFileSync(path.join(root, file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
      writeFileSync(path.join(root, file), text.replace(from, to));
    },
    remove(file: string) {
      rmSync(path.join(root, file), { recursive: true, force: true });
    },
  };
}

/**
 * Makes the next imports of the project's modules fresh ones that read content/ from `root` (the
 * content is read once per module instance) and take `siteUrl` as SITE_URL. Undo with
 * vi.restoreAllMocks() and vi.unstubAllEnvs() after each test.
 */
export function freshModules(root = process.cwd(), siteUrl = 'https://park.example.org/'): void {
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  vi.stubEnv('SITE_URL', siteUrl);
  vi.resetModules();
}

/** A page marked `draft: true`, with the given title: what a test adds to a copy of content/. */
export const draftPage = (title: string) =>
  `---\ntitle: ${title}\ndescription: Not finished.\nupdated: 2026-12-01\ndraft: true\n---\n\nText.\n`;

/** Settings of content/site.ts that are empty in the real content, as a test fills them in. */
export const filledSettings = {
  address: "address: { zh: '经二路1号', en: '1 Jing 2nd Road' },",
  phone: "\n  phone: '+86 (971) 555-0100',",
  email: "\n  email: 'office@park.example.org',",
  mediaContact:
    "mediaContact: { name: { zh: '宣传办公室', en: 'Press Office' }, phone: '0971 555 0199', email: 'press@park.example.org' },",
  licence: "licence: 'CC BY 4.0',",
  licenceUrl: "licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',",
  datasetCreator:
    "datasetCreator: { name: { zh: '园区统计办', en: 'Park Statistics Office' }, url: 'https://stats.park.example.org/' },",
} as const;

const emptySettings: Record<keyof typeof filledSettings, string> = {
  address: "address: { zh: '', en: '' },",
  phone: "\n  phone: '',",
  email: "\n  email: '',",
  mediaContact: "mediaContact: { name: { zh: '', en: '' }, phone: '', email: '' },",
  licence: "licence: '',",
  licenceUrl: "licenceUrl: '',",
  datasetCreator: "datasetCreator: { name: { zh: '', en: '' }, url: '' },",
};

/** A copy of content/ with these settings of content/site.ts filled in (see filledSettings). */
export function copyWithSettings(...settings: (keyof typeof filledSettings)[]) {
  const copy = contentCopy();
  for (const setting of settings) {
    copy.replace('content/site.ts', emptySettings[setting], filledSettings[setting]);
  }
  return copy;
}
