// Runs before every other setup file, before anything imports Dexie.
//
// Under jsdom the global Uint8Array is jsdom's, but fake-indexeddb returns copies made by
// Node's structuredClone, which are Node's Uint8Arrays; Dexie, which notes the global typed
// array constructors when it loads, would then copy a stored Yjs update into a plain object.
// A browser has one Uint8Array: so does this environment, for as long as it exists (the
// environment is made anew for each test file, so nothing outlives it).
globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
