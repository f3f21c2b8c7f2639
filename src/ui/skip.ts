import type { MouseEvent } from 'react';

/**
 * A skip link's click: with hash routing, "#id" would be read as a route, so focus moves to the
 * element with that id without changing the address.
 */
export function skipTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  document.getElementById(id)?.focus();
}
