// The floor of an import, for `npm run bench` (tests/bench/bench.mjs): what any page must do to
// bring the synthetic national dataset into IndexedDB, and nothing more. It reads the chosen files
// (File.text()), JSON.parses them and puts the same rows the app writes into `referenceRounds`
// (one object store, keyed by id, no index) in ONE readwrite transaction, with the browser's
// default durability, as the app's Dexie does. No validation, no planning, no preview, no worker.
// A dataset (eblomladan.dataset/1) brings its rounds; a shared round (eblomladan.round/1) one.
// With ?indexes=app the store has the app's four indexes on `referenceRounds` (db.ts), to see
// what they cost.
const STORE = 'referenceRounds';
const INDEXED = new URLSearchParams(location.search).get('indexes') === 'app';
const status = document.getElementById('status');

// Opened at page load, as the app opens its database before a file is chosen.
const db = await new Promise((resolve, reject) => {
  const request = indexedDB.open('floor', 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore(STORE, { keyPath: 'id' });
    if (INDEXED)
      for (const path of ['organisationCode', 'questionnaireKey', 'year', ['questionnaireKey', 'year']])
        store.createIndex(String(path), path);
  };
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
status.textContent = 'Ready.';

/** The rows of one parsed file, as the app's planner makes them (rowOf in reference-plan.ts). */
function rowsOf(parsed, fileName, importedAt) {
  const synthetic = parsed.synthetic ? { synthetic: true } : {};
  if (parsed.format === 'eblomladan.dataset/1')
    return parsed.rounds.map((round) => ({ ...round, importedAt, fileName, ...synthetic }));
  // A shared round: the app names its snapshot by fingerprint; the floor does not fingerprint.
  const { round, questionnaire, answers } = parsed;
  const questionnaireKey = `${questionnaire.id}@${questionnaire.version}`;
  return [{ ...round, questionnaireKey, answers, importedAt, fileName, ...synthetic }];
}

document.getElementById('files').addEventListener('change', async (event) => {
  const files = [...event.target.files];
  const times = { chosen: performance.now(), read: 0, parse: 0 };
  status.textContent = 'Reading …';
  try {
    const parsed = [];
    for (const file of files) {
      const t0 = performance.now();
      const text = await file.text();
      const t1 = performance.now();
      parsed.push([JSON.parse(text), file.name]);
      times.read += t1 - t0;
      times.parse += performance.now() - t1;
    }
    times.parsed = performance.now();
    const importedAt = new Date().toISOString();
    const rows = parsed.flatMap(([data, name]) => rowsOf(data, name, importedAt));
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    times.firstPut = performance.now();
    for (const row of rows) store.put(row);
    times.lastPut = performance.now();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    times.complete = performance.now();
    window.__floor = { ...times, rows: rows.length };
    status.textContent = `Written: ${rows.length} rounds.`;
  } catch (error) {
    window.__floor = { error: String(error) };
    status.textContent = `Failed: ${error}`;
  }
});
