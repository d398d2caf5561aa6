// Renders a review suggestion the way GitHub shows it in a pull request's "Files changed" tab, as a
// PNG for the README ("Fixing findings"):
//
//   node scripts/render-suggestion.mjs docs/suggestion-terraform.json \
//     __tests__/fixtures/terraform-source/fix/ssm-only/main.tf docs/suggestion-terraform.png
//
// The JSON is the review comment exactly as the action posts it (path, line, start_line, side, body;
// a test compares it with the real payload); the file is the pull request's version of `path`, which
// gives the lines the suggestion replaces and the code around them. The page is HTML in GitHub's
// layout and colours (Primer), rendered by headless Chromium (`apt-get install chromium`). The body's
// Markdown is the small subset the action writes: a hidden marker, **bold**, `code`, one fence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [payloadFile, headFile, out] = process.argv.slice(2);
if (!payloadFile || !headFile || !out) {
  console.error('usage: node scripts/render-suggestion.mjs <comment.json> <head-file> <out.png>');
  process.exit(2);
}
const comment = JSON.parse(readFileSync(payloadFile, 'utf8'));
const head = readFileSync(headFile, 'utf8').split('\n');
const first = comment.start_line ?? comment.line;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Inline Markdown: `code` spans, then **bold** outside them. */
const inline = (s) =>
  s
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`')
        ? `<code>${escape(part.slice(1, -1))}</code>`
        : escape(part).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');

// The body: text paragraphs, then the ```suggestion fence (any fence length).
const body = comment.body.replace(/^<!--[^]*?-->\n/, '');
const fence = /^(`{3,})suggestion\n([^]*)\n\1$/m.exec(body);
const prose = (fence ? body.slice(0, fence.index) : body).trim();
const suggested = fence ? fence[2].split('\n') : [];

const row = (kind, number, text) =>
  `<tr class="${kind}"><td class="num">${number ?? ''}</td><td class="sign">${
    { add: '+', del: '-', ctx: ' ' }[kind]
  }</td><td class="code">${escape(text) || '&nbsp;'}</td></tr>`;

// The pull request adds the file: the lines above the comment are additions in the diff view.
const above = [];
for (let n = Math.max(1, first - 4); n <= comment.line; n++) above.push(row('add', n, head[n - 1]));
const below = [];
for (let n = comment.line + 1; n <= Math.min(head.length, comment.line + 3); n++)
  below.push(row('add', n, head[n - 1]));
const replaced = [];
for (let n = first; n <= comment.line; n++) replaced.push(row('del', n, head[n - 1]));
const suggestion = suggested.map((text, i) => row('add', first + i, text));

const html = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; }
  body { margin: 0; padding: 16px; background: #fff; color: #1f2328; width: 920px;
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .file { border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
  .file-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px;
    font: 12px/1.5 ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; }
  .file-header .path { font-weight: 600; }
  .file-header .added { color: #1a7f37; margin-right: 8px; }
  table { border-collapse: collapse; width: 100%;
    font: 12px/20px ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; }
  td.num { width: 50px; padding: 0 10px; text-align: right; color: #656d76; user-select: none; }
  td.sign { width: 20px; padding-left: 8px; }
  td.code { white-space: pre; padding-right: 10px; }
  tr.add td { background: #e6ffec; } tr.add td.num { background: #ccffd8; color: #1f2328; }
  tr.del td { background: #ffebe9; } tr.del td.num { background: #ffd7d5; color: #1f2328; }
  .thread { border-top: 1px solid #d0d7de; border-bottom: 1px solid #d0d7de; background: #f6f8fa; padding: 12px 16px; }
  .comment { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; }
  .who { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
  .avatar { width: 24px; height: 24px; border-radius: 6px; background: #2188ff; color: #fff;
    display: flex; align-items: center; justify-content: center; font-size: 13px; }
  .who strong { font-weight: 600; }
  .label { border: 1px solid #d0d7de; border-radius: 2em; padding: 0 7px; font-size: 12px; color: #656d76; }
  .muted { color: #656d76; }
  p { margin: 0 0 12px; }
  code { font: 85%/1.5 ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace;
    background: rgba(175, 184, 193, 0.2); padding: 0.2em 0.4em; border-radius: 6px; }
  .suggested { border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
  .suggested-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 6px 12px; font-size: 12px; color: #656d76; }
  .actions { display: flex; gap: 8px; justify-content: flex-end; padding: 8px 12px; background: #f6f8fa; border-top: 1px solid #d0d7de; }
  .button { border: 1px solid rgba(31, 35, 40, 0.15); border-radius: 6px; padding: 3px 12px; font-size: 12px;
    font-weight: 500; background: #f6f8fa; box-shadow: 0 1px 0 rgba(31, 35, 40, 0.04); }
  .reply { margin-top: 12px; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; padding: 5px 12px; color: #656d76; }
</style></head><body>
<div class="file">
  <div class="file-header"><span class="added">+${head.length - (head.at(-1) === '' ? 1 : 0)}</span><span class="path">${escape(comment.path)}</span></div>
  <table>${above.join('')}</table>
  <div class="thread">
    <div class="comment">
      <div class="who"><div class="avatar">&#9654;</div><strong>github-actions</strong><span class="label">bot</span><span class="muted">commented now</span></div>
      ${prose
        .split(/\n{2,}/)
        .map((p) => `<p>${inline(p.replace(/\n/g, ' '))}</p>`)
        .join('')}
      <div class="suggested">
        <div class="suggested-header">Suggested change</div>
        <table>${replaced.join('')}${suggestion.join('')}</table>
        <div class="actions"><span class="button">Commit suggestion &#9662;</span><span class="button">Add suggestion to batch</span></div>
      </div>
    </div>
    <div class="reply">Reply...</div>
  </div>
  <table>${below.join('')}</table>
</div>
</body></html>
`;

const temp = mkdtempSync(path.join(os.tmpdir(), 'render-suggestion-'));
try {
  const page = path.join(temp, 'page.html');
  writeFileSync(page, html);
  // The window is the PNG: the page's height (fixed parts and 22 px per code row, with a margin).
  const height = 324 + 22 * (above.length + below.length + replaced.length + suggestion.length);
  execFileSync(
    process.env.CHROMIUM ?? 'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--window-size=952,${height}`,
      `--screenshot=${path.resolve(out)}`,
      `file://${page}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}
