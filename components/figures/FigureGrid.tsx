import type { ReactNode } from 'react';

/** Figure cards side by side: one column on a phone, up to three on a desktop. */
export function FigureGrid({ children }: { children: ReactNode }) {
  return <div className="not-prose my-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{children}</div>;
}
