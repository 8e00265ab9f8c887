import { createTranslator } from 'next-intl';
import en from '@/content/messages/en.json';
import zh from '@/content/messages/zh.json';
import type { Locale } from '../i18n/routing';

export type Messages = typeof zh;
const catalogs: Record<Locale, Messages> = { zh, en };

/** The namespaces of content/messages/ that the figure helpers write with. */
type Namespace = 'FigureSource' | 'FigurePeriod' | 'FigureCitation' | 'DataColumns';

function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({ locale, messages: catalogs[locale], namespace });
}

const cache = new Map<string, unknown>();

/**
 * The interface strings of content/messages/ for code that runs outside a page's render
 * (citations, the downloads), so that lib/ holds no user-facing text.
 */
export function figureMessages<N extends Namespace>(
  locale: Locale,
  namespace: N,
): ReturnType<typeof translator<N>> {
  const key = `${locale}/${namespace}`;
  if (!cache.has(key)) cache.set(key, translator(locale, namespace));
  return cache.get(key) as ReturnType<typeof translator<N>>;
}
