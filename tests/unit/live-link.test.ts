/**
 * The invitation link of a live round (domain/live/link.ts, base64url.ts): what the coordinator
 * copies opens the same room with the same key at the same relay; a link cut short, retyped or
 * from a newer version is refused with a reason the join page can show; and the relay address
 * typed under Settings is checked the way a browser will treat it.
 */
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/domain/live/base64url';
import {
  checkRelayAddress,
  invitationToken,
  KEY_BYTES,
  readInvitationToken,
  RELAY_ADDRESS_MAX,
  relayAllowed,
  ROOM_BYTES,
  roomName,
} from '../../src/domain/live/link';

const RELAY = 'wss://eblomladan.kommun.se/relay';
const room = () => crypto.getRandomValues(new Uint8Array(ROOM_BYTES));
const key = () => crypto.getRandomValues(new Uint8Array(KEY_BYTES));
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** A token's fields, to damage one of them. */
function fieldsOf(token: string) {
  const [version, roomText, keyText, relayText] = token.split('.');
  return { version: version!, roomText: roomText!, keyText: keyText!, relayText: relayText! };
}

describe('the invitation link', () => {
  it('opens the same room with the same key at the same relay as the coordinator shared', () => {
    const invitation = { relay: RELAY, room: room(), key: key() };
    const token = invitationToken(invitation);
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const read = readInvitationToken(token);
    expect(read).toEqual({ ok: true, invitation });
    if (!read.ok) return;
    expect(read.invitation.room).toHaveLength(ROOM_BYTES);
    expect(read.invitation.key).toHaveLength(KEY_BYTES);
  });

  it('keeps a relay address with a port, a deeper path and non-ASCII letters', () => {
    for (const relay of [
      'wss://relay.kommun.se:8443/eblomladan/relay',
      'wss://blomlådan.kommun.se/relä',
      'ws://localhost:1234',
    ]) {
      const invitation = { relay, room: room(), key: key() };
      expect(readInvitationToken(invitationToken(invitation))).toEqual({ ok: true, invitation });
    }
  });

  it('puts the key only in the token, as base64url a browser does not escape', () => {
    const invitation = { relay: RELAY, room: room(), key: key() };
    const token = invitationToken(invitation);
    expect(fieldsOf(token).keyText).toBe(b64(invitation.key));
    expect(fieldsOf(token).roomText).toBe(b64(invitation.room));
    expect(encodeURIComponent(token)).toBe(token);
  });

  describe('a damaged link is refused as damaged', () => {
    const token = invitationToken({ relay: RELAY, room: room(), key: key() });
    const { version, roomText, keyText, relayText } = fieldsOf(token);

    it.each([
      ['empty', ''],
      ['only the version', '1'],
      ['a field missing (cut short when copied)', [version, roomText, keyText].join('.')],
      ['a field too many', [version, roomText, keyText, relayText, 'x'].join('.')],
      ['a character outside base64url', [version, roomText.slice(0, -1) + '+', keyText, relayText].join('.')],
      ['padding', [version, roomText + '==', keyText, relayText].join('.')],
      [
        'a space in the key',
        [version, roomText, keyText.slice(0, 10) + ' ' + keyText.slice(11), relayText].join('.'),
      ],
      ['a room of 15 bytes', [version, b64(new Uint8Array(15)), keyText, relayText].join('.')],
      ['a room of 17 bytes', [version, b64(new Uint8Array(17)), keyText, relayText].join('.')],
      ['a key of 31 bytes', [version, roomText, b64(new Uint8Array(31)), relayText].join('.')],
      ['a key of 33 bytes', [version, roomText, b64(new Uint8Array(33)), relayText].join('.')],
      [
        'a relay that is not UTF-8',
        [version, roomText, keyText, b64(Uint8Array.of(0xff, 0xfe, 0x80))].join('.'),
      ],
      ['not a version number', ['v1', roomText, keyText, relayText].join('.')],
    ])('%s', (_, damaged) => {
      expect(readInvitationToken(damaged)).toEqual({ ok: false, problem: 'damaged' });
    });

    it('a room or key whose last character has bits no byte gives (a letter retyped)', () => {
      // 16 bytes take 22 characters with 4 bits to spare, 32 bytes 43 with 2: they must be zero.
      const zeroRoom = b64(new Uint8Array(ROOM_BYTES));
      const zeroKey = b64(new Uint8Array(KEY_BYTES));
      expect(readInvitationToken([version, zeroRoom, zeroKey, relayText].join('.')).ok).toBe(true);
      const oddRoom = zeroRoom.slice(0, -1) + 'B';
      const oddKey = zeroKey.slice(0, -1) + 'B';
      expect(readInvitationToken([version, oddRoom, zeroKey, relayText].join('.'))).toEqual({
        ok: false,
        problem: 'damaged',
      });
      expect(readInvitationToken([version, zeroRoom, oddKey, relayText].join('.'))).toEqual({
        ok: false,
        problem: 'damaged',
      });
    });
  });

  it('from a newer version of the app asks for that version, not "damaged"', () => {
    const { roomText, keyText, relayText } = fieldsOf(
      invitationToken({ relay: RELAY, room: room(), key: key() }),
    );
    expect(readInvitationToken(['2', roomText, keyText, relayText].join('.'))).toEqual({
      ok: false,
      problem: 'newer-version',
    });
    // A newer version may change everything after its number.
    expect(readInvitationToken('2.something-else')).toEqual({ ok: false, problem: 'newer-version' });
    expect(readInvitationToken('12')).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('whose relay is not a ws or wss address is refused for its relay', () => {
    for (const relay of [
      'https://eblomladan.kommun.se/relay',
      'http://localhost:1234',
      'javascript:alert(1)',
      'relay',
      '',
    ]) {
      expect(readInvitationToken(invitationToken({ relay, room: room(), key: key() }))).toEqual({
        ok: false,
        problem: 'relay',
      });
    }
    expect(
      readInvitationToken(invitationToken({ relay: `${RELAY}?room=x`, room: room(), key: key() })),
    ).toEqual({ ok: false, problem: 'relay' });
  });

  it('with a ws:// relay still opens (the join page tells whether this page may use it)', () => {
    const invitation = { relay: 'ws://intranet.kommun.local/relay', room: room(), key: key() };
    expect(readInvitationToken(invitationToken(invitation))).toEqual({ ok: true, invitation });
  });
});

describe('base64url', () => {
  it('spells every length from 0 to 40 bytes as Node does, and reads it back', () => {
    for (let length = 0; length <= 40; length++) {
      for (const bytes of [
        crypto.getRandomValues(new Uint8Array(length)),
        new Uint8Array(length).fill(0xff),
        new Uint8Array(length),
      ]) {
        const text = toBase64Url(bytes);
        expect(text).toBe(b64(bytes));
        expect(fromBase64Url(text)).toEqual(bytes);
      }
    }
  });

  it('reads only text that some bytes spell, in exactly one way', () => {
    expect(fromBase64Url('')).toEqual(new Uint8Array(0));
    expect(fromBase64Url('A')).toBeUndefined(); // no length of bytes gives one character
    expect(fromBase64Url('AAAAA')).toBeUndefined();
    expect(fromBase64Url('AA==')).toBeUndefined();
    expect(fromBase64Url('+/AA')).toBeUndefined();
    expect(fromBase64Url('-_AA')).toEqual(Uint8Array.of(0xfb, 0xf0, 0x00));
    expect(fromBase64Url('AA')).toEqual(Uint8Array.of(0));
    expect(fromBase64Url('AB')).toBeUndefined(); // "AA" with a spare bit set
    expect(fromBase64Url('AAA')).toEqual(Uint8Array.of(0, 0));
    expect(fromBase64Url('AAB')).toBeUndefined();
    expect(fromBase64Url('ÅÄÖ=')).toBeUndefined();
  });
});

describe('the relay address under Settings', () => {
  it('refuses an empty address and one longer than anyone types', () => {
    expect(checkRelayAddress('', 'https:')).toEqual({ ok: false, problem: 'empty' });
    expect(checkRelayAddress('   ', 'https:')).toEqual({ ok: false, problem: 'empty' });
    const long = `wss://relay.kommun.se/${'a'.repeat(RELAY_ADDRESS_MAX)}`;
    expect(checkRelayAddress(long, 'https:')).toEqual({ ok: false, problem: 'too-long' });
  });

  it('refuses text that is no address, and web addresses that are not ws or wss', () => {
    expect(checkRelayAddress('relay.kommun.se', 'https:')).toEqual({ ok: false, problem: 'not-address' });
    expect(checkRelayAddress('wss://', 'https:')).toEqual({ ok: false, problem: 'not-address' });
    expect(checkRelayAddress('http://relay.kommun.se/relay', 'http:')).toEqual({
      ok: false,
      problem: 'scheme',
    });
    expect(checkRelayAddress('https://relay.kommun.se/relay', 'https:')).toEqual({
      ok: false,
      problem: 'scheme',
    });
  });

  it('refuses ws:// from an https page, which the browser would block, and allows it from an http page', () => {
    expect(checkRelayAddress('ws://relay.kommun.se/relay', 'https:')).toEqual({
      ok: false,
      problem: 'insecure',
    });
    expect(checkRelayAddress('ws://localhost:1234', 'http:')).toEqual({
      ok: true,
      address: 'ws://localhost:1234',
    });
    expect(checkRelayAddress('wss://relay.kommun.se/relay', 'http:')).toEqual({
      ok: true,
      address: 'wss://relay.kommun.se/relay',
    });
  });

  it.each([
    ['a query', 'wss://relay.kommun.se/relay?token=abc'],
    ['a fragment', 'wss://relay.kommun.se/relay#x'],
    ['a user name', 'wss://anna@relay.kommun.se/relay'],
    ['a user name and password', 'wss://anna:hemligt@relay.kommun.se/relay'],
    ['an empty query', 'wss://relay.kommun.se/relay?'],
    ['an empty fragment', 'wss://relay.kommun.se/relay#'],
  ])('refuses an address with %s, since the room is added to its path', (_, text) => {
    expect(checkRelayAddress(text, 'https:')).toEqual({ ok: false, problem: 'extra' });
  });

  it('saves the address without spaces around it or a slash at its end', () => {
    expect(checkRelayAddress('  wss://relay.kommun.se/relay/ ', 'https:')).toEqual({
      ok: true,
      address: 'wss://relay.kommun.se/relay',
    });
    expect(checkRelayAddress('wss://relay.kommun.se', 'https:')).toEqual({
      ok: true,
      address: 'wss://relay.kommun.se',
    });
    expect(checkRelayAddress('WSS://Relay.Kommun.SE:443/relay', 'https:')).toEqual({
      ok: true,
      address: 'wss://relay.kommun.se/relay',
    });
  });
});

describe('whether this page may connect to the relay', () => {
  const page = { host: 'eblomladan.kommun.se' };

  it('yes behind the same host and port as the app', () => {
    expect(relayAllowed('wss://eblomladan.kommun.se/relay', page, [])).toBe(true);
    expect(relayAllowed('ws://localhost:5173/relay', { host: 'localhost:5173' }, [])).toBe(true);
  });

  it('no on another port or host the build was not given', () => {
    expect(relayAllowed('wss://eblomladan.kommun.se:8443/relay', page, [])).toBe(false);
    expect(relayAllowed('ws://localhost:1234', { host: 'localhost:5173' }, [])).toBe(false);
    expect(relayAllowed('wss://relay.kommun.se/relay', page, [])).toBe(false);
  });

  it('yes for an origin the build lists, and only with its scheme and port', () => {
    const origins = ['wss://relay.kommun.se', 'ws://localhost:1234'];
    expect(relayAllowed('wss://relay.kommun.se/relay', page, origins)).toBe(true);
    expect(relayAllowed('ws://localhost:1234', page, origins)).toBe(true);
    expect(relayAllowed('ws://relay.kommun.se/relay', page, origins)).toBe(false);
    expect(relayAllowed('wss://relay.kommun.se:8443/relay', page, origins)).toBe(false);
  });
});

describe("the room's name on the relay", () => {
  it('is 32 hex characters that say nothing of the key', () => {
    const bytes = room();
    expect(roomName(bytes)).toMatch(/^[0-9a-f]{32}$/);
    expect(roomName(bytes)).toBe(Buffer.from(bytes).toString('hex'));
    expect(roomName(new Uint8Array(ROOM_BYTES))).toBe('0'.repeat(32));
    expect(roomName(Uint8Array.of(0, 1, 0xab, 0xff, ...new Uint8Array(12)))).toMatch(/^0001abff0{24}$/);
  });
});
