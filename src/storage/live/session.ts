/**
 * A live round's connection in this page: the round's document (y-dexie), a transport document
 * synced with the relay through y-websocket's provider, the bridge between them (bridge.ts) and
 * the presence of the others (presence.ts). Started by the first view of a shared round, closed
 * by the last; it reports through store.ts.
 */
import { liveQuery } from 'dexie';
import { WebsocketProvider } from 'y-websocket';
import { DexieYProvider } from 'y-dexie';
import * as Y from 'yjs';
import { version } from '../../../package.json';
import { roomName } from '../../domain/live/link';
import { projectRound } from '../../domain/rating/project';
import { exportLiveRound } from '../exchange';
import { roundDocData } from '../round-doc/data';
import { openRoundDoc } from '../round-doc/load';
import { refreshSoon } from '../round-doc/save';
import { readSetting } from '../settings';
import { mayConnect } from './allowed';
import { LiveBridge } from './bridge';
import { LivePresence } from './presence';
import { importRoomKey } from './seal';
import { forgetShare, readShare, shareBytes } from './shares';
import { idleSession, publishView, type Connection, type LiveSessionHandle } from './views';
import { ydb } from '../round-doc/ydb';

/** How long the provider waits at most between attempts to reach the relay again. */
const MAX_BACKOFF_MS = 3000;

export async function startSession(roundId: string): Promise<LiveSessionHandle> {
  const share = await readShare(roundId);
  if (!share) return idleSession();
  const report = (connection: Connection) =>
    publishView(roundId, { connection, others: [], unreadable: 0, ignored: 0 });
  if (!mayConnect(share.relay)) {
    report('not-allowed');
    return idleSession();
  }
  const { room, key: raw } = shareBytes(share);
  const key = await importRoomKey(room, raw);
  const { doc, release } = await openRoundDoc(roundId);
  const round = await ydb.rounds.get(roundId);
  const questionnaire = round && (await ydb.questionnaires.get(round.questionnaireKey))?.questionnaire;
  const person = await readSetting('person');
  /** Entries of the document the questionnaire does not allow (counted after changes arrive). */
  let ignored = 0;
  const transport = new Y.Doc();
  const bridge = new LiveBridge({
    doc,
    transport,
    key,
    coordinator: share.role === 'coordinator',
    roundFile:
      share.role === 'coordinator'
        ? async () => JSON.stringify(await exportLiveRound(roundId, version))
        : undefined,
    fromStorage: (origin) => origin instanceof DexieYProvider,
    onChange: () => update(),
  });
  const provider = new WebsocketProvider(share.relay, roomName(room), transport, {
    connect: false,
    disableBc: true,
    maxBackoffTime: MAX_BACKOFF_MS,
  });
  const presence = new LivePresence(provider.awareness, key, () => update());
  let status: 'connecting' | 'connected' | 'disconnected' = 'connecting';
  let tried = false;

  function connection(): Connection {
    if (bridge.state === 'wrong-key' || bridge.state === 'closed' || bridge.state === 'published')
      return bridge.state;
    if (status !== 'connected') return tried ? 'offline' : 'connecting';
    if (!provider.synced) return 'connecting';
    return bridge.state === 'waiting' ? 'waiting' : 'live';
  }

  function update() {
    const now = connection();
    // The others are shown only while this page is connected: otherwise who is here is unknown.
    const others = now === 'live' ? [...presence.others.values()] : [];
    publishView(roundId, { connection: now, others, unreadable: bridge.unreadable, ignored });
    // A wrong key, or a share that ended: nothing more is sent or read.
    if (now === 'wrong-key' || now === 'closed' || now === 'published') provider.disconnect();
  }

  provider.on('status', ({ status: next }: { status: typeof status }) => {
    status = next;
    if (next !== 'connecting') tried = true;
    update();
  });
  provider.on('sync', (synced: boolean) => {
    if (synced) void bridge.synced().then(update);
    update();
  });

  // Changes that arrive from the others reach the agreed answers every other view reads, and
  // what in them the questionnaire does not allow is counted, as an opened file's is.
  let counting: ReturnType<typeof setTimeout> | undefined;
  const count = () => {
    if (!questionnaire) return;
    const notices = projectRound(questionnaire, roundDocData(doc)).notices;
    const now = notices.filter((notice) => notice.kind !== 'unknown-person').length;
    if (now !== ignored) {
      ignored = now;
      update();
    }
  };
  const refresh = () => {
    void refreshSoon(roundId);
    clearTimeout(counting);
    counting = setTimeout(count, 250);
  };
  const onDoc = (_update: Uint8Array, origin: unknown) => origin === bridge && refresh();
  doc.on('updateV2', onDoc);

  // Published (here or in another tab), or sharing stopped in another tab: the session ends.
  const watch = liveQuery(async () => ({
    round: await ydb.rounds.get(roundId),
    shared: (await readShare(roundId)) !== undefined,
  })).subscribe(({ round, shared }) => {
    // Publishing ends the share: the others are told, and the share is forgotten here, so
    // reopening the round and sharing it again makes a new link.
    if (round?.status === 'published' && share.role === 'coordinator' && bridge.state === 'open')
      void bridge.end('published').then(() => forgetShare(roundId));
    if (!round || !shared) provider.disconnect();
  });

  let place: string | null = null;
  const here = () =>
    presence.set({
      personId: person?.personId ?? '00000000-0000-4000-8000-000000000000',
      name: person?.name ?? '',
      role: person?.role ?? '',
      sectionId: place,
    });
  here();
  provider.connect();
  update();

  return {
    setPlace(sectionId) {
      place = sectionId;
      here();
    },
    async end(state) {
      await bridge.end(state);
      update();
    },
    close() {
      clearTimeout(counting);
      watch.unsubscribe();
      doc.off('updateV2', onDoc);
      presence.stop();
      bridge.stop();
      provider.destroy();
      transport.destroy();
      release();
    },
  };
}
