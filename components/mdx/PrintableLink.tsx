import type { AnchorHTMLAttributes } from 'react';
import { siteUrl } from '@/lib/site';

/**
 * Links in MDX pages. They carry their absolute address so that a printed page can show it
 * after the link text (see the print styles in app/globals.css).
 */
export function PrintableLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const href = props.href ?? '';
  const absolute = href.startsWith('/') ? `${siteUrl}${href}` : href;
  return <a {...props} data-print-url={absolute.startsWith('http') ? absolute : undefined} />;
}
