import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../decode.js';
import { fixFile, sameDeclaration, type FixOptions } from '../fixes/apply/plan.js';
import { replacements } from '../fixes/apply/hunks.js';
import { recheckInRoot, type RecheckEdit } from '../fixes/apply/recheck-root.js';
import type { Report } from '../model/report.js';
import type { TerraformReread } from '../scan.js';
import { insideDiff, rightSideRanges, type DiffRange } from './diff-lines.js';
import { tokenAuthor } from './comment.js';
import type { Octokit, Repo } from './octokit.js';
import type { Refusals } from './refusal.js';

/** Marks the review comments and reviews this action writes, to find them again on the next run. */
export const suggestionMarker = '<!-- veeam-iam-gate:suggestion -->';

/** One review comment: a ```suggestion block that replaces lines `start_line..line` of `path`. */
export interface SuggestionComment {
  path: string;
  line: number;
  start_line?: number;
  side: 'RIGHT';
  start_side?: 'RIGHT';
  body: string;
}

export interface SuggestionRequest {
  report: Report;
  options: FixOptions;
  /** The text of a file of the checked-out head, by its report path; undefined when unreadable. */
  readFile: (file: string) => string | undefined;
  /** Per changed file: the lines its diff shows. */
  diff: ReadonlyMap<string, readonly DiffRange[]>;
  /**
   * Checks a `.tf` role again with its edited file in its Terraform root (`fixFile` only checks that
   * a `.tf` edit parses): without it, Terraform source gets no suggestion.
   */
  recheckSource?: RecheckEdit;
}

/** A code fence longer than any backtick run in the lines, so a suggestion never closes early. */
function fence(lines: readonly string[]): string {
  const longest = Math.max(
    2,
    ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length))),
  );
  return '`'.repeat(longest + 1);
}

/**
 * The suggestions for the failing roles of the pull request: each role fixed alone in its file
 * (checked again, as `--fix` does), each changed place one comment when its lines are in the diff.
 * Places outside the diff are left to the annotation and the snippet in the sticky comment. Pure.
 */
export function suggestionsFor(request: SuggestionRequest): {
  comments: SuggestionComment[];
  outside: number;
} {
  const comments: SuggestionComment[] = [];
  let outside = 0;
  for (const role of request.report.roles) {
    if (!role.checks.some((c) => c.verdict === 'fail')) continue;
    const file = role.location.file;
    const ranges = request.diff.get(file);
    const text = ranges ? request.readFile(file) : undefined;
    if (!ranges || text === undefined) {
      outside++;
      continue;
    }
    // Roles of one declaration (a module called more than once) are fixed together, as `--fix`
    // does: its rules decide whether one edit may serve them all. One suggestion per declaration.
    const declaration = request.report.roles.filter(
      (r) =>
        r.source === role.source && sameDeclaration(r, role) && r.checks.some((c) => c.verdict === 'fail'),
    );
    if (declaration[0] !== role) continue;
    // Every role of the report: a .tf module called twice is not edited even when one call passes.
    const options = { ...request.options, reportRoles: request.report.roles };
    const fixed = fixFile(file, text, declaration, options);
    const done = fixed.roles.filter((r) => r.fixed.length);
    const checks = [...new Set(done.flatMap((r) => r.fixed))];
    if (!checks.length) continue;
    // A Terraform root is a folder: the role is read again from it, as `--fix` re-scans after writing.
    const recheck = request.recheckSource;
    if (
      role.source === 'terraform-source' &&
      (!recheck ||
        done.some((d) =>
          recheck(
            file,
            fixed.after,
            declaration.find((r) => r.id === d.id)!,
            d.fixed,
          ),
        ))
    )
      continue;
    const named = declaration.map((r) => `\`${r.id}\``).join(', ');
    // Which checks each place fixes: every group of checks fixed alone (trust checks together, as
    // they may share one new trust policy), its places matched against the places of the whole fix.
    const groups = [
      checks.filter((c) => c.startsWith('trust-')),
      ...checks.filter((c) => !c.startsWith('trust-')).map((c) => [c]),
    ];
    const placesOf = groups
      .filter((g) => g.length)
      .map((group) => {
        const one = fixFile(file, text, declaration, options, group);
        return { group, places: replacements(one.before, one.after) };
      });
    for (const r of replacements(fixed.before, fixed.after)) {
      if (!insideDiff(ranges, r.startLine, r.endLine)) {
        outside++;
        continue;
      }
      const here = placesOf
        .filter((p) => p.places.some((q) => q.startLine <= r.endLine && r.startLine <= q.endLine))
        .flatMap((p) => p.group);
      const f = fence(r.lines);
      const body = [
        suggestionMarker,
        `**veeam-iam-gate** fixes ${named}: ${(here.length ? here : checks).join(', ')} (checked again with ${checks.length > 1 ? 'all its suggestions' : 'the change'} applied).`,
        `${f}suggestion`,
        ...r.lines,
        f,
      ].join('\n');
      comments.push({
        path: file,
        line: r.endLine,
        ...(r.startLine !== r.endLine && { start_line: r.startLine, start_side: 'RIGHT' as const }),
        side: 'RIGHT',
        body,
      });
    }
  }
  comments.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  return { comments, outside };
}

/** The lines each changed file's diff shows, from GET /pulls/{n}/files (every page). */
export async function pullRequestDiff(
  octokit: Octokit,
  request: Repo & { pullNumber: number },
): Promise<Map<string, DiffRange[]>> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullNumber,
    per_page: 100,
  });
  return new Map(
    files.filter((f) => f.status !== 'removed').map((f) => [f.filename, rightSideRanges(f.patch)]),
  );
}

export interface PostedSuggestions {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Suggestions over the limit, left to the annotations and the sticky comment. */
  overLimit: number;
}

const placeOf = (c: { path: string; line?: number | null; start_line?: number | null }) =>
  `${c.path}:${c.start_line ?? c.line}-${c.line}`;

/**
 * Brings the pull request's suggestion comments in line with this run: a comment at the same place
 * is edited, one no longer wanted is deleted, and the new ones are posted together as one review
 * (whose earlier reviews by this action are marked superseded). Someone else's comments are untouched.
 */
export async function publishSuggestions(
  octokit: Octokit,
  request: Repo & {
    pullNumber: number;
    headSha: string;
    comments: readonly SuggestionComment[];
    max: number;
    author?: string;
  },
): Promise<PostedSuggestions> {
  const { owner, repo, pullNumber } = request;
  const ours = <T extends { body?: string | null; user?: { login: string; type: string } | null }>(c: T) =>
    c.body?.startsWith(suggestionMarker) === true &&
    (request.author ? c.user?.login === request.author : c.user?.type === 'Bot');
  const wanted = request.comments.slice(0, request.max);
  const result: PostedSuggestions = {
    created: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    overLimit: request.comments.length - wanted.length,
  };

  const existing = (
    await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      owner,
      repo,
      pull_number: pullNumber,
      per_page: 100,
    })
  ).filter(ours);
  const byPlace = new Map(existing.map((c) => [placeOf(c), c]));
  const fresh: SuggestionComment[] = [];
  for (const comment of wanted) {
    const found = byPlace.get(placeOf(comment));
    if (!found) {
      fresh.push(comment);
      continue;
    }
    byPlace.delete(placeOf(comment));
    if (found.body === comment.body) result.unchanged++;
    else {
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: found.id, body: comment.body });
      result.updated++;
    }
  }
  for (const stale of byPlace.values()) {
    await octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: stale.id });
    result.deleted++;
  }
  if (fresh.length) {
    const earlier = (
      await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100,
      })
    ).filter(ours);
    await octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: request.headSha,
      event: 'COMMENT',
      body: `${suggestionMarker}\nveeam-iam-gate suggests ${fresh.length === 1 ? 'a fix' : `${fresh.length} fixes`} for failing Veeam roles: each can be committed from its comment.`,
      comments: fresh,
    });
    result.created = fresh.length;
    for (const review of earlier)
      if (!review.body.includes('(superseded'))
        await octokit.rest.pulls.updateReview({
          owner,
          repo,
          pull_number: pullNumber,
          review_id: review.id,
          body: `${suggestionMarker}\nveeam-iam-gate (superseded by a later run: its current suggestions are in the latest review).`,
        });
  }
  return result;
}

export interface SuggestFixesRequest extends Repo {
  pullNumber: number;
  headSha: string;
  report: Report;
  options: FixOptions;
  /** The checked-out head: report paths are relative to it. */
  workspace: string;
  max: number;
  token: string;
  /** The scan's Terraform roots read again with an edited file (`scan`'s `terraformReread`). */
  terraformReread?: TerraformReread;
}

/**
 * The action's step: the pull request's diff, the suggestions, the review. A refusal (fork, no
 * `pull-requests: write`) is recorded for the one warning; the note says what was posted.
 */
export async function suggestFixes(
  octokit: Octokit,
  request: SuggestFixesRequest,
  refusals: Refusals,
): Promise<string | undefined> {
  const repo = { owner: request.owner, repo: request.repo, pullNumber: request.pullNumber };
  const diff = await refusals.attempt('the pull request diff', () => pullRequestDiff(octokit, repo));
  if (!diff) return undefined;
  const readFile = (file: string): string | undefined => {
    try {
      const decoded = decode(readFileSync(path.join(request.workspace, file)));
      return decoded.kind === 'text' ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  };
  // A `.tf` role's fix needs the HCL reader (loaded once, only when one fails) and its root re-read.
  const reread = request.terraformReread;
  const terraform = request.report.roles.some(
    (r) => r.source === 'terraform-source' && r.checks.some((c) => c.verdict === 'fail'),
  );
  const hcl = terraform ? await (await import('../parsers/terraform-source/entry.js')).loadHcl() : undefined;
  const { comments, outside } = suggestionsFor({
    report: request.report,
    options: hcl ? { ...request.options, hcl } : request.options,
    readFile,
    diff,
    ...(hcl &&
      reread && {
        recheckSource: recheckInRoot((file, text) => reread(new Map([[file, text]])), request.options),
      }),
  });
  const posted = await refusals.attempt('the review suggestions', async () =>
    publishSuggestions(octokit, {
      ...repo,
      headSha: request.headSha,
      comments,
      max: request.max,
      author: await tokenAuthor(octokit, request.token),
    }),
  );
  if (!posted || !comments.length) return undefined;
  const shown = comments.length - posted.overLimit;
  const rest = posted.overLimit + outside;
  return `${shown} fix${shown === 1 ? ' is' : 'es are'} suggested as review comments on the pull request${rest ? `; ${rest} more stay in this report (outside the diff or over max-suggestions)` : ''}.`;
}
