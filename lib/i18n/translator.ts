import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import { loadContent } from '../content/load';
import type { Locale } from './routing';

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The interface strings of content/messages/ for code that runs outside a page's render (feeds,
 * citations, downloads), so that lib/ holds no user-facing text. Keys are typed as in components.
 */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  const messages = loadContent().messages[locale]!.messages as unknown as Messages;
  return createTranslator({ locale, messages, namespace });
}
