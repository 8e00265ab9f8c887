import type { Metadata } from 'next';
import { cache } from 'react';
import { ContentError, formatProblem, type Problem } from '@/lib/content/errors';
import { loadContent, pageSlugsIn } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/routing';

// While previewing (`npm run dev`), a mistake in content/ is shown as a page in both languages,
// with the same messages as `npm run check`, instead of being thrown: Next would print it again in
// the terminal (twice, with a stack trace and code from lib/) and cover the page with its own
// English-only error overlay. The terminal keeps one report, the checker's (lib/content/dev-cli.ts).
// A build still throws, so a mistake stops it.

/** True under `next dev`, where a page shows content problems instead of throwing them. */
export const showsContentProblems = process.env.NODE_ENV === 'development';

/** A ContentError, also when another bundle of the server holds its own copy of the class. */
export function isContentError(error: unknown): error is ContentError {
  return (
    error instanceof ContentError ||
    (error instanceof Error &&
      error.name === 'ContentError' &&
      Array.isArray((error as Partial<ContentError>).problems))
  );
}

/** Runs each loader; returns the problems of those that throw a ContentError, in order. */
export function problemsOf(loaders: Iterable<() => unknown>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const load of loaders) {
    try {
      load();
    } catch (error) {
      if (!isContentError(error)) throw error;
      for (const problem of error.problems) {
        const text = formatProblem(problem);
        if (!seen.has(text)) problems.push(problem);
        seen.add(text);
      }
    }
  }
  return problems;
}

/**
 * In development, the problems the content loader finds in content/ (none when it has none),
 * asked once per request by the layout, the page and its metadata, and the 404 page Next renders
 * with them. Never called in a build, where the loader's ContentError stops it.
 */
export const contentProblems = cache((): Problem[] =>
  showsContentProblems ? problemsOf([loadContent]) : [],
);

/**
 * `render()` in a build. In development, `shown(problems)` instead when content/ has a mistake
 * (or `render()` throws a ContentError).
 */
export async function renderOrShowProblems<T>(
  render: () => T | Promise<T>,
  shown: (problems: Problem[]) => T,
): Promise<T> {
  if (!showsContentProblems) return render();
  try {
    const found = contentProblems();
    return found.length > 0 ? shown(found) : await render();
  } catch (error) {
    if (isContentError(error)) return shown(error.problems);
    throw error;
  }
}

/**
 * `list()` in a build. In development, when content/ has a mistake the loader stops on, every
 * page file of content/<locale>/ instead, so that each page's address still leads to the messages
 * (and not to a 404 or an error).
 */
export function pageSlugsOnDisk(list: () => string[], locale: string): string[] {
  try {
    return list();
  } catch (error) {
    if (!showsContentProblems || !isContentError(error)) throw error;
    return pageSlugsIn(process.cwd(), locale as Locale);
  }
}

export const contentProblemsMetadata: Metadata = {
  title: '内容有误 · Content mistake',
  robots: { index: false },
  icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
};

/** One problem, as `npm run check` prints it, with the Chinese and the English marked as such. */
function ProblemText({ problem }: { problem: Problem }) {
  const text = formatProblem(problem);
  const zhAt = text.indexOf(problem.zh);
  const enAt = text.indexOf(problem.en, zhAt + problem.zh.length);
  if (zhAt < 0 || enAt < 0) return <>{text}</>;
  return (
    <>
      <span className="font-mono font-semibold">{text.slice(0, zhAt)}</span>
      <span lang="zh-Hans">{problem.zh}</span>
      {text.slice(zhAt + problem.zh.length, enAt)}
      <span lang="en">{problem.en}</span>
      {text.slice(enAt + problem.en.length)}
    </>
  );
}

/** "The content has a mistake", in Chinese then English, and every problem found. */
export function ContentProblemsPage({ problems }: { problems: Problem[] }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 focus:outline-none">
      <h1 className="text-2xl font-bold text-red-800">
        <span lang="zh-Hans" className="block">
          内容有误，请修改后保存
        </span>
        <span lang="en" className="block">
          The content has a mistake: fix it and save
        </span>
      </h1>
      <p className="mt-4 text-stone-700">
        <span lang="zh-Hans">
          终端里列出的是同样的问题（与 <code>npm run check</code>{' '}
          相同）。保存修改后，此页会自动更新。
        </span>{' '}
        <span lang="en">
          The terminal lists the same problems (as <code>npm run check</code> does). Once you save
          the fix, this page updates by itself.
        </span>
      </p>
      <ul className="mt-6 space-y-4">
        {problems.map((problem) => (
          <li
            key={formatProblem(problem)}
            className="rounded-md border border-red-300 bg-red-50 p-4 leading-relaxed break-words whitespace-pre-wrap text-stone-900"
            data-content-problem=""
          >
            <ProblemText problem={problem} />
          </li>
        ))}
      </ul>
    </main>
  );
}

/**
 * The same, as a whole document, for a page outside the locales' layout (the 404 page), Chinese
 * first.
 */
export function ContentProblemsDocument({ problems }: { problems: Problem[] }) {
  return (
    <html lang="zh-Hans">
      <body>
        <ContentProblemsPage problems={problems} />
      </body>
    </html>
  );
}
