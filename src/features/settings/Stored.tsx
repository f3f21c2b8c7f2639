import type { ReactNode } from 'react';
import { StorageBoundary } from '../../storage/StorageBoundary';
import { StorageProblemNotice } from '../../ui/StorageProblem';

/**
 * A part of the settings that reads the database. When storage fails it says why in its place,
 * and the rest of the page (language, storage status) keeps working.
 */
export function Stored({ children }: { children: ReactNode }) {
  return (
    <StorageBoundary fallback={(problem) => <StorageProblemNotice problem={problem} />}>
      {children}
    </StorageBoundary>
  );
}
