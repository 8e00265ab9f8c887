import type { Problem } from '../errors';
import { contentTexts, type PlacedText, type TwinTexts } from '../content-texts';
import type { Content } from '../load';
import { positionOfPath } from '../source-position';
import type { Term } from '../terms';

/**
 * The term base, content/terms.ts, holds on the whole site: no text uses a rendering it rejects,
 * and where a Chinese text uses a term, its English twin uses the approved rendering. The term
 * base itself names each Chinese term once and never rejects an approved rendering.
 */
export function checkTerms(content: Content): Problem[] {
  const terms = content.terms?.value ?? [];
  if (terms.length === 0) return [];
  const { texts, twins } = contentTexts(content);
  return [
    ...termBaseProblems(content.terms!.file, content.terms!.text, terms),
    ...texts.flatMap((text) => rejectedVariants(text, terms)),
    ...twins.flatMap((twin) => missingRenderings(twin, terms)),
  ];
}

const han = /\p{Script=Han}/u;

/** A pattern for a rendering: case-insensitive, any run of spaces for a space, quotes of either kind. */
function literal(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/["“”]/g, '["“”]')
        .replace(/['‘’]/g, "['‘’]"),
    )
    .join('\\s+');
}

/**
 * Where `variant` occurs in `text`: any occurrence for Chinese, whole words only for Latin text
 * (“Biotech Park” is not found in “Biotech Parks” nor in “XBiotech Park”).
 */
export function occurrences(text: string, variant: string): { index: number; length: number }[] {
  return [...text.matchAll(patternOf(variant))].map((match) => ({
    index: match.index,
    length: match[0].length,
  }));
}

const patterns = new Map<string, RegExp>();

/** The pattern of a variant, made once. */
function patternOf(variant: string): RegExp {
  let pattern = patterns.get(variant);
  if (!pattern) {
    pattern = han.test(variant)
      ? new RegExp(literal(variant), 'giu')
      : new RegExp(`(?<![\\p{L}\\p{N}])${literal(variant)}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(variant, pattern);
  }
  return pattern;
}

/** Whether `text` contains the approved `rendering` (case-insensitive, spaces and quotes flexible). */
export function containsRendering(text: string, rendering: string): boolean {
  return new RegExp(literal(rendering), 'iu').test(text);
}

/** Each rejected variant in a text, at its place; of overlapping variants, the longest. */
export function rejectedVariants(text: PlacedText, terms: readonly Term[]): Problem[] {
  const found: { index: number; length: number; variant: string; term: Term }[] = [];
  for (const term of terms) {
    for (const variant of term.rejected) {
      for (const at of occurrences(text.text, variant)) found.push({ ...at, variant, term });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const problems: Problem[] = [];
  let reached = -1;
  for (const { index, length, variant, term } of found) {
    if (index < reached) continue;
    reached = index + length;
    const approved = text.locale === 'zh' && han.test(variant) ? term.zh : term.en;
    problems.push({
      file: text.file,
      ...text.positionAt(index),
      kind: 'terms',
      zh: `“${variant}” 是术语表不用的写法：请改用 “${approved}”（${term.zh}），见 content/terms.ts`,
      en: `"${variant}" is a rendering the term base rejects: use "${approved}" (${term.zh}) instead; see content/terms.ts`,
    });
  }
  return problems;
}

/**
 * The terms a Chinese text uses, longest first: a longer term masks the shorter ones inside it
 * (青藏高原 is not also 高原), so each is counted once, as itself.
 */
export function termsUsed(chinese: string, terms: readonly Term[]): Term[] {
  const byLength = [...terms].sort((a, b) => b.zh.length - a.zh.length);
  let masked = chinese;
  const used: Term[] = [];
  for (const term of byLength) {
    if (!masked.includes(term.zh)) continue;
    used.push(term);
    masked = masked.split(term.zh).join('\u0000'.repeat(term.zh.length));
  }
  return used;
}

/** Each term the Chinese uses whose approved rendering the English lacks, at the English. */
export function missingRenderings(twin: TwinTexts, terms: readonly Term[]): Problem[] {
  const chinese = twin.zh.map((text) => text.text).join('\n');
  const english = twin.en.map((text) => text.text).join('\n');
  if (english.trim() === '') return [];
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const term of termsUsed(chinese, terms)) {
    if (reported.has(term.en) || containsRendering(english, term.en)) continue;
    reported.add(term.en);
    problems.push({
      file: twin.enFile,
      ...twin.enPlace,
      kind: 'terms',
      zh: `${twin.what.zh}缺少 “${term.en}”（${term.zh}）：中文用了术语“${term.zh}”，英文必须用术语表规定的译法 “${term.en}”，见 content/terms.ts`,
      en: `${twin.what.en} lacks "${term.en}" (${term.zh}): the Chinese uses the term ${term.zh}, so the English must use its approved rendering "${term.en}"; see content/terms.ts`,
    });
  }
  return problems;
}

/** The term base's own mistakes: a Chinese term listed twice, an approved rendering also rejected. */
export function termBaseProblems(file: string, text: string, terms: readonly Term[]): Problem[] {
  const problems: Problem[] = [];
  const at = (path: (string | number)[]) => (text ? positionOfPath(text, path) : undefined);
  terms.forEach((term, index) => {
    const first = terms.findIndex((each) => each.zh === term.zh);
    if (first !== index) {
      problems.push({
        file,
        ...at([index, 'zh']),
        kind: 'terms',
        zh: `术语 “${term.zh}” 重复：第 ${first + 1} 条已有，每个中文术语只能有一条，请合并`,
        en: `the term ${term.zh} is listed twice (entry ${first + 1} has it already): one entry per Chinese term, so merge them`,
      });
    }
    terms.forEach((other, otherIndex) => {
      other.rejected.forEach((variant, variantIndex) => {
        if (occurrences(term.en, variant).length === 0) return;
        problems.push({
          file,
          ...at([otherIndex, 'rejected', variantIndex]),
          kind: 'terms',
          zh: `“${variant}” 列为不用的写法，但它是 “${term.zh}” 的规定译法 “${term.en}”（或其一部分）：请删去这一项，或改正规定译法`,
          en: `"${variant}" is listed as rejected, but it is (part of) the approved rendering "${term.en}" of ${term.zh}: remove it from rejected, or correct the approved rendering`,
        });
      });
    });
  });
  return problems;
}
