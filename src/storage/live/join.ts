/**
 * Joining a live round by its invitation link: this browser connects to the room, reads the
 * round the coordinator put there (a hand-out of the whole round, sealed) and takes it in
 * through the same checks and the same import as an assignment file. Then the round is here,
 * remembered as shared, and its view's connection (session.ts) brings everything answered since.
 */
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomName, type Invitation } from '../../domain/live/link';
import { readMessage, ShareStateSchema } from '../../domain/live/messages';
import { readExchangeText } from '../../domain/exchange/read';
import type { ValidationIssue } from '../../domain/validation/issues';
import { db } from '../db';
import { commitImport, previewImport } from '../exchange';
import { mayConnect } from './allowed';
import { HEAD } from './bridge';
import { importRoomKey, unseal } from './seal';
import { saveJoinedShare } from './shares';
import { toBase64Url } from '../../domain/live/base64url';

export type JoinProblem = 'not-allowed' | 'no-answer' | 'no-round' | 'wrong-key' | 'closed' | 'refused';

export type JoinOutcome =
  { ok: true; roundId: string } | { ok: false; problem: JoinProblem; issues?: ValidationIssue[] };

/** How long joining waits for the relay to answer and hand over the room before saying it does not. */
const ANSWER_MS = 20_000;

/** The room's transport document as the relay holds it, or a problem. */
async function fetchRoom(invitation: Invitation): Promise<{ transport: Y.Doc } | { problem: JoinProblem }> {
  const transport = new Y.Doc();
  const provider = new WebsocketProvider(invitation.relay, roomName(invitation.room), transport, {
    disableBc: true,
    maxBackoffTime: 3000,
  });
  // Presence is not announced while joining: nobody needs to see a browser that is only reading.
  provider.awareness.setLocalState(null);
  try {
    const synced = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ANSWER_MS);
      provider.on('sync', (isSynced: boolean) => {
        if (!isSynced) return;
        clearTimeout(timer);
        resolve(true);
      });
    });
    return synced ? { transport } : { problem: 'no-answer' };
  } finally {
    provider.destroy();
  }
}

export async function joinLiveRound(invitation: Invitation): Promise<JoinOutcome> {
  if (!mayConnect(invitation.relay)) return { ok: false, problem: 'not-allowed' };
  const key = await importRoomKey(invitation.room, invitation.key);
  const fetched = await fetchRoom(invitation);
  if ('problem' in fetched) return { ok: false, problem: fetched.problem };
  const head = fetched.transport.getMap<Uint8Array>(HEAD);
  try {
    const sealedState = head.get('state');
    if (!sealedState) return { ok: false, problem: 'no-round' };
    const statePlain = await unseal(key, 'state', sealedState);
    const state = statePlain && readMessage(ShareStateSchema, statePlain);
    if (!state) return { ok: false, problem: 'wrong-key' };
    const sealedRound = head.get('round');
    if (state.state !== 'open' || !sealedRound) return { ok: false, problem: 'closed' };
    const roundPlain = await unseal(key, 'round', sealedRound);
    if (!roundPlain) return { ok: false, problem: 'wrong-key' };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(roundPlain);
    } catch {
      return { ok: false, problem: 'refused', issues: [] };
    }
    const read = readExchangeText(text);
    if (!read.ok) return { ok: false, problem: 'refused', issues: read.issues };
    if (read.value.kind !== 'assignment') return { ok: false, problem: 'refused', issues: [] };
    const roundId = read.value.file.round.id;
    // The coordinator opening their own link: the round is theirs already.
    const existing = await db.rounds.get(roundId);
    if (existing && !existing.assignment) return { ok: true, roundId };
    const files = [{ name: 'inbjudan', ok: true as const, exchange: read.value }];
    const plan = await previewImport(files);
    const refused = plan.previews.find((p) => p.kind === 'refused');
    if (refused) return { ok: false, problem: 'refused', issues: refused.issues };
    await commitImport(files, plan.signature);
    await saveJoinedShare({
      roundId,
      relay: invitation.relay,
      room: toBase64Url(invitation.room),
      secret: toBase64Url(invitation.key),
      role: 'member',
      since: new Date().toISOString(),
    });
    return { ok: true, roundId };
  } finally {
    fetched.transport.destroy();
  }
}
