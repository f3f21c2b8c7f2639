import type { ReactNode } from 'react';

/**
 * The frame of a table that may be wider than the screen: it scrolls sideways, and is a named,
 * focusable region so that keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
