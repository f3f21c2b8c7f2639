// Packages the relay test uses from Node without types of their own reachable: y-leveldb's are
// not in its package exports, and ws (y-websocket's dependency) ships none.
declare module 'y-leveldb' {
  import type * as Y from 'yjs';
  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<Y.Doc>;
    getAllDocNames(): Promise<string[]>;
    destroy(): Promise<void>;
  }
}

declare module 'ws' {
  /** A WebSocket for Node, enough for y-websocket's provider. */
  const WebSocket: unknown;
  export default WebSocket;
}
