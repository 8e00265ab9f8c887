'use client';

import type { AnchorHTMLAttributes } from 'react';

/**
 * A plain link that, when JavaScript runs, carries the current #fragment along, so the
 * language switch lands on the same section of the twin page. Without JavaScript it is
 * an ordinary link to the top of that page.
 */
export function FragmentKeepingLink(
  props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string },
) {
  return (
    <a
      {...props}
      onClick={(event) => {
        const { hash } = window.location;
        if (!hash || event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          event.currentTarget.href = props.href + hash;
          return;
        }
        event.preventDefault();
        window.location.assign(props.href + hash);
      }}
    />
  );
}
