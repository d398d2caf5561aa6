import { commentMarker } from '../report/markdown.js';
import type { Octokit, Repo } from './octokit.js';

export interface StickyComment extends Repo {
  issueNumber: number;
  /** Starts with `marker`. */
  body: string;
  /** The hidden first line that names this comment (keyedMarker of the comment key); default: the bare marker. */
  marker?: string;
  /** Create the comment when there is none yet (an existing one is always brought up to date). */
  create: boolean;
  /** The login the token acts as; undefined when it is an app installation token (any bot then). */
  author?: string;
}

export type CommentResult = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * One comment per pull request, found again by its hidden marker and its author, edited in place:
 * a new push never adds a second comment. Someone else's comment holding the marker is ignored.
 */
export async function upsertStickyComment(octokit: Octokit, comment: StickyComment): Promise<CommentResult> {
  const { owner, repo, issueNumber, body } = comment;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const ours = await keepNewest(
    octokit,
    comment,
    comments.filter(
      (c) =>
        carriesMarker(c.body, comment.marker ?? commentMarker) &&
        (comment.author ? c.user?.login === comment.author : c.user?.type === 'Bot'),
    ),
  );
  if (ours) {
    if (ours.body === body) return 'unchanged';
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return 'updated';
  }
  if (!comment.create) return 'skipped';
  await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return 'created';
}

/**
 * Two runs of one pull request can race and each create the comment: the newest (highest id) is kept
 * and edited, the older ones are deleted, so the pull request is back to one comment. A deletion that
 * fails is left for the next run: it must not cost the update.
 */
async function keepNewest<T extends { id: number }>(
  octokit: Octokit,
  where: Repo,
  marked: T[],
): Promise<T | undefined> {
  const [newest, ...older] = [...marked].sort((a, b) => b.id - a.id);
  for (const duplicate of older)
    await octokit.rest.issues
      .deleteComment({ owner: where.owner, repo: where.repo, comment_id: duplicate.id })
      .catch(() => undefined);
  return newest;
}

/**
 * Whether a comment body is the one kept under `marker`. A comment written before comment keys
 * existed (the bare marker) is adopted by whichever key finds it first.
 */
export function carriesMarker(body: string | undefined, marker: string): boolean {
  if (!body) return false;
  return body.startsWith(`${marker}\n`) || body === marker || body.startsWith(`${commentMarker}\n`);
}

/**
 * Who the token acts as. Installation tokens (`ghs_`, the workflow's GITHUB_TOKEN included) post as
 * a bot whose name the token cannot ask: undefined means "any bot". A personal token asks GET /user.
 */
export async function tokenAuthor(octokit: Octokit, token: string): Promise<string | undefined> {
  if (token.startsWith('ghs_')) return undefined;
  const { data } = await octokit.rest.users.getAuthenticated();
  return data.login;
}
