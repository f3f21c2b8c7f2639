/** "Testa anslutningen" in Settings, apart from the live round's code so Settings stays small. */
import { toBase64Url } from '../../domain/live/base64url';

/** How long the test waits for the relay to answer. */
const ANSWER_MS = 10_000;

/**
 * Whether a relay answers at `address`: a WebSocket to a room nobody uses opens, or it does not
 * within the time. Nothing is sent.
 */
export function testRelay(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(
        `${address}/eblomladan-test-${toBase64Url(crypto.getRandomValues(new Uint8Array(8)))}`,
      );
    } catch {
      resolve(false);
      return;
    }
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.onopen = socket.onerror = socket.onclose = null;
      socket.close();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), ANSWER_MS);
    socket.onopen = () => done(true);
    socket.onerror = socket.onclose = () => done(false);
  });
}
