/**
 * The number of single-character edits (insert, delete, replace, swap two neighbours) that turn
 * `a` into `b`: "titel" is one swap from "title".
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate a mistyped name most likely meant, for a "did you mean …?" hint: the nearest
 * one within a few edits, or else one that the name is the start of ("park-altitude" for
 * "park-altitude-band").
 */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const list = [...candidates];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of list) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  if (best && best.distance <= limit) return best.candidate;
  return wanted.length >= 3
    ? list.find((candidate) => candidate.toLowerCase().startsWith(wanted))
    : undefined;
}

/** ' (did you mean "x"?)', or nothing when no candidate is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const match = closestMatch(name, candidates);
  return match ? ` (did you mean "${match}"?)` : '';
}

/** The same hint in both languages, or empty strings when no candidate is close. */
export function suggestion(name: string, candidates: Iterable<string>): { zh: string; en: string } {
  const match = closestMatch(name, candidates);
  return match
    ? { zh: `（您是否想写“${match}”？）`, en: ` (did you mean "${match}"?)` }
    : { zh: '', en: '' };
}
