import { routing } from '../../i18n/routing';
import type { Problem } from '../errors';
import type { Content } from '../load';
import { group, type MessageCatalog } from '../messages-file';
import { suggestion } from '../suggest';

/**
 * content/messages/zh.json and en.json have the same keys and no empty text. A key missing from
 * one file is reported in that file, naming where it stands in the other.
 */
export function checkMessages({ messages }: Content): Problem[] {
  const [zh, en] = routing.locales.map((locale) => messages[locale]);
  if (!zh || !en) return [];
  const problems: Problem[] = [];
  for (const [own, other] of [
    [zh, en],
    [en, zh],
  ] as const) {
    for (const entry of own.entries.values()) {
      if (entry.value !== group && (typeof entry.value !== 'string' || entry.value.trim() === '')) {
        problems.push({
          file: own.file,
          line: entry.line,
          column: entry.column,
          kind: 'messages',
          zh: `“${entry.key}” 的文字为空：请填写`,
          en: `"${entry.key}" has no text: fill it in`,
        });
      }
      if (other.entries.has(entry.key)) continue;
      const parent = entry.key.split('.').slice(0, -1).join('.');
      // Only the outermost missing key: a missing group is one problem, not one per text in it.
      if (parent && !other.entries.has(parent)) continue;
      problems.push(missingKey(entry.key, own, other, parent));
    }
  }
  return problems;
}

function missingKey(
  key: string,
  having: MessageCatalog,
  lacking: MessageCatalog,
  parent: string,
): Problem {
  const where = having.entries.get(key)!;
  const parentEntry = lacking.entries.get(parent);
  const hint = suggestion(key, [...lacking.entries.keys()]);
  const name = (file: string) => file.split('/').at(-1);
  return {
    file: lacking.file,
    line: parentEntry?.line ?? 1,
    column: parentEntry?.column,
    kind: 'messages',
    zh: `缺少 “${key}”${hint.zh}：它在 ${name(having.file)} 第 ${where.line} 行，两个文件必须有相同的键，请在这里补上`,
    en: `"${key}" is missing${hint.en}: it stands in ${name(having.file)} at line ${where.line}; both files must have the same keys, so add it here`,
  };
}
