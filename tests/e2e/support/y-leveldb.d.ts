// y-leveldb's own types are not reachable through its package exports; what the relay test reads.
declare module 'y-leveldb' {
  import type * as Y from 'yjs';
  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<Y.Doc>;
    getAllDocNames(): Promise<string[]>;
    destroy(): Promise<void>;
  }
}
