// A small GitHub REST API on 127.0.0.1 for the endpoints the action uses. It keeps state (comments,
// check runs), pages lists with Link headers as GitHub does, and records every request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
  accept?: string;
  /** The fault answered instead of the normal response. */
  fault?: Fault;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output: { title?: string; summary?: string };
  annotations: Record<string, unknown>[];
}

/** A pull request review comment as GitHub returns it (the fields the action reads and writes). */
export interface FakeReviewComment {
  id: number;
  pull_request_review_id: number;
  path: string;
  line: number | null;
  start_line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_side: 'LEFT' | 'RIGHT' | null;
  commit_id: string;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface FakeReview {
  id: number;
  body: string;
  state: 'COMMENTED';
  commit_id: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface FakeGitHubOptions {
  /** Largest page the server gives, whatever per_page asks (GitHub's is 100): forces pagination. */
  maxPerPage?: number;
  /** Every write (POST/PATCH/PUT/DELETE) is refused with 403, as for a fork's read-only token. */
  refuseWrites?: boolean;
  /** Reads of contents are refused with 403. */
  refuseContents?: boolean;
  /** Files of the pull request: filename, status, and the unified diff hunks GitHub gives as `patch`. */
  pullFiles?: { filename: string; status: string; patch?: string }[];
  /** Review comments already on the pull request (GET /pulls/{n}/comments). */
  reviewComments?: FakeReviewComment[];
  /** Repository contents by commit: contents[sha][path] = text. */
  contents?: Record<string, Record<string, string>>;
  /** Comments already on the pull request. */
  comments?: FakeComment[];
  /** The login of GET /user (personal tokens). */
  userLogin?: string;
  /** Faults answered to the next requests, one each, in order (any route), before normal service. */
  faults?: Fault[];
  /**
   * Requests whose `METHOD /path` matches get this fault, `times` times, else always (an API that
   * never recovers).
   */
  failing?: { match: RegExp; fault: Fault; times?: number };
}

interface ReviewInput {
  body?: string;
  event?: string;
  commit_id?: string;
  comments?: {
    path: string;
    line: number;
    start_line?: number;
    side: 'LEFT' | 'RIGHT';
    start_side?: 'LEFT' | 'RIGHT';
    body: string;
  }[];
}
/**
 * What GitHub answers when it is in trouble or asks for a pause (docs: "Troubleshooting the REST API",
 * "Rate limits for the REST API"), and two network faults.
 */
export type Fault =
  | '500'
  | '502'
  | 'secondary-403' // 403 that says so, with retry-after
  | 'retry-after-403' // 403 with retry-after and nothing else to tell it from a refusal
  | '429' // no headers: GitHub asks for a minute's wait
  | 'primary' // quota spent: x-ratelimit-remaining 0 until x-ratelimit-reset (in 1 s)
  | 'reset' // the connection is dropped
  | 'hang'; // no answer at all

export const faultKinds: Fault[] = [
  '500',
  '502',
  'secondary-403',
  'retry-after-403',
  '429',
  'primary',
  'reset',
  'hang',
];

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly reviewComments: FakeReviewComment[];
  readonly reviews: FakeReview[] = [];
  /** The faults still to answer (options.faults, consumed in order). */
  readonly faults: Fault[];
  private server: Server;
  private nextId = 1000;
  private failed = 0;
  url = '';

  constructor(readonly options: FakeGitHubOptions = {}) {
    this.comments = structuredClone(options.comments ?? []);
    this.reviewComments = structuredClone(options.reviewComments ?? []);
    this.faults = [...(options.faults ?? [])];
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => this.handle(req, res, raw));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections(); // hung requests
    await closed;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.fault);
  }

  /** Requests that got a normal answer. */
  served(): RecordedRequest[] {
    return this.requests.filter((r) => !r.fault);
  }

  private answerFault(fault: Fault, res: ServerResponse): void {
    const json = (status: number, message: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest' }));
    };
    switch (fault) {
      case '500':
        return json(500, 'Server Error');
      case '502':
        return json(502, 'Server Error');
      case 'secondary-403':
        return json(
          403,
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          { 'retry-after': '1' },
        );
      case 'retry-after-403':
        return json(403, 'Forbidden', { 'retry-after': '1' });
      case '429':
        return json(429, 'Too Many Requests');
      case 'primary':
        return json(403, 'API rate limit exceeded for installation ID 1.', {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
        });
      case 'reset':
        return void res.socket?.destroy();
      case 'hang':
        return;
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url);
    const query = Object.fromEntries(url.searchParams);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const method = req.method ?? 'GET';
    const failing = this.options.failing;
    const hit =
      failing?.match.test(`${method} ${url.pathname}`) && (failing.times ?? Infinity) > this.failed++;
    const fault = hit ? failing!.fault : this.faults.shift();
    this.requests.push({
      method,
      path: url.pathname,
      query,
      body,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      ...(fault && { fault }),
    });
    if (fault) return this.answerFault(fault, res);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(typeof data === 'string' ? data : JSON.stringify(data));
    };
    if (method !== 'GET' && this.options.refuseWrites)
      return send(403, { message: 'Resource not accessible by integration', status: '403' });

    const p = url.pathname;
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      if (method === 'GET') return this.page(url, this.comments, send);
      const comment: FakeComment = {
        id: this.nextId++,
        body: (body as { body: string }).body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      this.comments.push(comment);
      return send(201, comment);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'DELETE') {
      const at = this.comments.findIndex((c) => c.id === Number(m![1]));
      if (at < 0) return send(404, { message: 'Not Found' });
      this.comments.splice(at, 1);
      res.writeHead(204);
      return void res.end();
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return send(200, comment);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/)) && method === 'GET')
      return this.page(url, this.reviewComments, send);
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/))) {
      const at = this.reviewComments.findIndex((c) => c.id === Number(m![1]));
      if (at < 0) return send(404, { message: 'Not Found' });
      if (method === 'DELETE') {
        this.reviewComments.splice(at, 1);
        res.writeHead(204);
        return void res.end();
      }
      if (method === 'PATCH') {
        this.reviewComments[at]!.body = (body as { body: string }).body;
        return send(200, this.reviewComments[at]);
      }
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/))) {
      if (method === 'GET') return this.page(url, this.reviews, send);
      if (method === 'POST') return this.createReview(body as ReviewInput, send);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews\/(\d+)$/)) && method === 'PUT') {
      const review = this.reviews.find((r) => r.id === Number(m![2]));
      if (!review) return send(404, { message: 'Not Found' });
      review.body = (body as { body: string }).body;
      return send(200, review);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/)) && method === 'GET')
      return this.page(url, this.options.pullFiles ?? [], send);
    if (p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs$/) && method === 'POST') {
      const input = body as {
        name: string;
        head_sha: string;
        status?: string;
        conclusion?: string;
        output?: { title?: string; summary?: string; annotations?: Record<string, unknown>[] };
      };
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: input.name,
        head_sha: input.head_sha,
        status: input.status,
        conclusion: input.conclusion,
        output: { title: input.output?.title, summary: input.output?.summary },
        annotations: [...(input.output?.annotations ?? [])],
      };
      if (run.annotations.length > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      this.checkRuns.push(run);
      return send(201, { id: run.id, name: run.name, head_sha: run.head_sha });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return send(404, { message: 'Not Found' });
      const input = body as { output?: { annotations?: Record<string, unknown>[] } };
      const added = input.output?.annotations ?? [];
      if (added.length > 50) return send(422, { message: 'Only 50 annotations are allowed per request' });
      run.annotations.push(...added); // the Checks API appends annotations on update
      return send(200, { id: run.id });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/)) && method === 'GET') {
      if (this.options.refuseContents)
        return send(403, { message: 'Resource not accessible by integration' });
      const text = this.options.contents?.[query.ref ?? '']?.[decodeURIComponent(m[1]!)];
      if (text === undefined) return send(404, { message: 'Not Found' });
      if (!String(req.headers.accept).includes('raw'))
        return send(415, { message: 'this fake serves raw only' });
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(text);
    }
    if (p === '/user' && method === 'GET') {
      if (!this.options.userLogin) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login: this.options.userLogin, type: 'User' });
    }
    return send(404, { message: `fake GitHub has no ${method} ${p}` });
  }

  /**
   * POST /pulls/{n}/reviews as GitHub validates it: a COMMENT review needs a body; each comment's
   * lines must be on the RIGHT side of one hunk of that file's diff (else 422, and nothing is
   * created); a multi-line comment needs start_side and start_line < line.
   */
  private createReview(input: ReviewInput, send: (s: number, d: unknown) => void) {
    if (input.event === 'COMMENT' && !input.body)
      return send(422, { message: 'Unprocessable Entity', errors: ['Body is required for COMMENT'] });
    for (const c of input.comments ?? []) {
      const file = this.options.pullFiles?.find((f) => f.filename === c.path);
      const hunks = [...(file?.patch ?? '').matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)].map(
        (h) => {
          const start = Number(h[1]);
          return { start, end: start + (h[2] === undefined ? 1 : Number(h[2])) - 1 };
        },
      );
      const first = c.start_line ?? c.line;
      const valid =
        c.side === 'RIGHT' &&
        (c.start_line === undefined || (c.start_side === 'RIGHT' && c.start_line < c.line)) &&
        hunks.some((h) => h.start <= first && c.line <= h.end);
      if (!valid)
        return send(422, {
          message: 'Unprocessable Entity',
          errors: ['Pull request review thread line must be part of the diff'],
        });
    }
    const user = { login: 'github-actions[bot]', type: 'Bot' as const };
    const review: FakeReview = {
      id: this.nextId++,
      body: input.body ?? '',
      state: 'COMMENTED',
      commit_id: input.commit_id ?? '',
      user,
    };
    this.reviews.push(review);
    for (const c of input.comments ?? [])
      this.reviewComments.push({
        id: this.nextId++,
        pull_request_review_id: review.id,
        path: c.path,
        line: c.line,
        start_line: c.start_line ?? null,
        side: c.side,
        start_side: c.start_side ?? null,
        commit_id: review.commit_id,
        body: c.body,
        user,
      });
    return send(200, review);
  }

  private page<T>(
    url: URL,
    items: readonly T[],
    send: (s: number, d: unknown, h?: Record<string, string>) => void,
  ) {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.options.maxPerPage ?? 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    send(
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    );
  }
}
