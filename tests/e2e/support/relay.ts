/**
 * The relay the municipality would run, for browser tests: y-websocket's own server from
 * node_modules, configured only by its environment (HOST, PORT, YPERSISTENCE), on 127.0.0.1.
 * It runs as a child of the test process and ends with it (it exits when its standard input
 * closes, which happens when the test process goes), and a test stops it by its own PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The server y-websocket ships (its bin `y-websocket`); not among the package's exports. */
const SERVER = join(
  dirname(createRequire(import.meta.url).resolve('y-websocket/package.json')),
  'bin/server.cjs',
);

export interface Relay {
  port: number;
  /** Where it keeps the rooms (LevelDB). */
  dataDir: string;
  /** Every line it printed. */
  output: string[];
  stop: () => Promise<void>;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the relay (on `port` if given, to start it again where it was) and waits until it answers. */
export async function startRelay(dataDir: string, port?: number): Promise<Relay> {
  const chosen = port ?? (await freePort());
  // The relay's own server, loaded by a two-line wrapper that ends it with its parent.
  const child: ChildProcess = spawn(
    process.execPath,
    ['-e', `process.stdin.on('end', () => process.exit(0)).resume(); require(${JSON.stringify(SERVER)});`],
    {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(chosen), YPERSISTENCE: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      if (output.some((line) => line.startsWith('running at'))) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The relay ended (${code}):\n${output.join('\n')}`)));
  });
  return {
    port: chosen,
    dataDir,
    output,
    stop: async () => {
      if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
