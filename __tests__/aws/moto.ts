import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Starts moto_server (a real IAM API emulator) on a free 127.0.0.1 port for a test file. When it
 * is not installed the live tests skip, except under CI=true where that is a failure.
 */
export interface Moto {
  endpoint: string;
  stop(): Promise<void>;
}

export const motoInstalled = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;
if (!motoInstalled) {
  if (process.env.CI === 'true')
    throw new Error('moto_server is not installed: live-mode tests cannot run under CI');
  console.warn('moto_server not found (pip install "moto[server]"): live-mode tests are skipped');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' },
    stdio: 'ignore',
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await answers(`${endpoint}/moto-api/`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`moto_server did not answer on ${endpoint}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/**
 * A 127.0.0.1 proxy in front of moto that answers some IAM actions the way real IAM does when it
 * refuses (AccessDenied) or throttles, so those paths run through the real SDK stack.
 */
export interface FaultProxy {
  endpoint: string;
  /** Actions (e.g. 'ListRolePolicies') answered with 403 AccessDenied. */
  deny: Set<string>;
  /** Action → how many more requests get 400 Throttling before they pass. */
  throttle: Map<string, number>;
  /** Action → how many more requests for a later page (carrying a Marker) get 400 Throttling. */
  throttleLaterPages: Map<string, number>;
  /** Faults answered to the next IAM calls, whatever their action, one each, in order. */
  next: ('throttling' | 'server-error')[];
  /** Every action seen, in order. */
  seen: string[];
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const proxy = {
    deny: new Set<string>(),
    throttle: new Map<string, number>(),
    throttleLaterPages: new Map<string, number>(),
    next: [] as FaultProxy['next'],
    seen: [] as string[],
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const params = new URLSearchParams(body.toString());
      const action = params.get('Action') ?? '';
      proxy.seen.push(action);
      const fault = (status: number, code: string, message: string): void => {
        res.writeHead(status, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
            `<Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
        );
      };
      if (proxy.deny.has(action))
        return fault(
          403,
          'AccessDenied',
          `User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:${action}`,
        );
      const left = proxy.throttle.get(action) ?? 0;
      if (left > 0) {
        proxy.throttle.set(action, left - 1);
        return fault(400, 'Throttling', 'Rate exceeded');
      }
      const laterPage = params.has('Marker') ? (proxy.throttleLaterPages.get(action) ?? 0) : 0;
      if (laterPage > 0) {
        proxy.throttleLaterPages.set(action, laterPage - 1);
        return fault(400, 'Throttling', 'Rate exceeded');
      }
      // IAM's own answers when it is overloaded: 400 Throttling, 500 ServiceFailure.
      const next = proxy.next.shift();
      if (next === 'throttling') return fault(400, 'Throttling', 'Rate exceeded');
      if (next === 'server-error')
        return fault(500, 'ServiceFailure', 'The request processing has failed because of an unknown error.');
      const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 500, up.headers);
        up.pipe(res);
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...proxy,
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
