import { parse, type AnyNode } from '@humanwhocodes/momoa';
import type { Problem } from './errors';

/** One text of a message catalog, with where its value stands in the file. */
export interface MessageEntry {
  key: string;
  value: unknown;
  line: number;
  column: number;
}

/** A catalog of content/messages/: the object next-intl is given, and every text with its place. */
export interface MessageCatalog {
  file: string;
  messages: Record<string, unknown>;
  /** By dotted key ("Search.label"); groups are listed too, so a missing key can point to its group. */
  entries: Map<string, MessageEntry>;
}

/**
 * Reads a message catalog with a JSON parser that keeps positions (Momoa), so a problem is
 * reported at the line of the key concerned.
 */
export function readMessageCatalog(
  file: string,
  text: string,
): { catalog?: MessageCatalog; problem?: Problem } {
  let document;
  try {
    document = parse(text, { mode: 'json' });
  } catch (error) {
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    return {
      problem: {
        file,
        line,
        column,
        kind: 'messages',
        zh: `不是有效的 JSON（常见原因：缺少逗号或引号，或最后一项后面多了逗号）：${message}`,
        en: `not valid JSON (often a missing comma or quotation mark, or a comma after the last item): ${message}`,
      },
    };
  }
  if (document.body.type !== 'Object') {
    return {
      problem: {
        file,
        line: 1,
        kind: 'messages',
        zh: '文件必须是一个 { } 对象，里面是 "键": "文字"',
        en: 'the file must be one { } object of "key": "text" pairs',
      },
    };
  }
  const entries = new Map<string, MessageEntry>();
  const collect = (node: AnyNode, prefix: string) => {
    if (node.type !== 'Object') return;
    for (const member of node.members) {
      const key = `${prefix}${member.name.type === 'String' ? member.name.value : member.name.name}`;
      const { line, column } = member.name.loc.start;
      entries.set(key, { key, value: valueOf(member.value), line, column });
      collect(member.value, `${key}.`);
    }
  };
  collect(document.body, '');
  return {
    catalog: { file, messages: JSON.parse(text) as Record<string, unknown>, entries },
  };
}

/** A leaf's value; a group (an object) is given as the marker `group`. */
function valueOf(node: AnyNode): unknown {
  if (node.type === 'Object') return group;
  if (node.type === 'String' || node.type === 'Number' || node.type === 'Boolean')
    return node.value;
  return null;
}

/** What a group of messages (an object) is recorded as among the entries. */
export const group = Symbol('group');
