import { Component, type ReactNode } from 'react';
import { StorageFailure, type StorageFailureProblem } from './errors';

interface Props {
  /** What to show instead of `children` when a live read inside them meets a storage failure. */
  fallback: (problem: StorageFailureProblem) => ReactNode;
  children: ReactNode;
  /** Changing this key (e.g. the URL) tries `children` again. */
  resetKey?: string;
}

interface State {
  error?: unknown;
  resetKey?: string;
}

/**
 * Catches the StorageFailure a live read throws (storage/live.ts), so the part of a view that
 * needs the database says why it cannot be shown while the rest still works. Any other error is
 * thrown on to the crash view above: a bug is not a storage problem.
 */
export class StorageBoundary extends Component<Props, State> {
  override state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (error instanceof StorageFailure) return this.props.fallback(error.problem);
    throw error;
  }
}
