import type { ReactNode } from 'react';

/** Figure cards side by side: as many columns as fit at 15rem each, one on a phone. */
export function FigureGrid({ children }: { children: ReactNode }) {
  return (
    <div className="not-prose my-6 grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-3">
      {children}
    </div>
  );
}
