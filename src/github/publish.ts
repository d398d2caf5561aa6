import type { Report } from '../model/report.js';
import { hiddenCounts, shownPerLevel, type Annotation } from '../report/annotations.js';
import type { CommentMode } from '../inputs.js';
import { headline, keyedMarker, renderMarkdown } from '../report/markdown.js';
import { shouldCreateComment, touchesScannedInput } from './comment-mode.js';
import { publishCheckRun } from './check-run.js';
import { tokenAuthor, upsertStickyComment } from './comment.js';
import type { RunContext } from './event.js';
import { connect, type GitHubClient } from './lazy-client.js';
import { describe, type Refusals } from './refusal.js';

export const checkRunName = 'veeam-iam-gate';

export interface PublishRequest {
  report: Report;
  annotations: readonly Annotation[];
  context: RunContext;
  token: string;
  comment: CommentMode;
  /** Which sticky comment to keep (input comment-key; default: the workflow and job). */
  commentKey: string;
  /** The files the pull request changes (an API call, made only when the comment mode needs it). */
  changedFiles: () => Promise<string[] | undefined>;
  /** The scanned paths and the config file, to tell whether the pull request changes them. */
  paths: string[];
  configFile?: string;
  checkRun: boolean;
  /** Whether the step fails: a failing check run, and a comment even on a first run without roles. */
  stepFails: boolean;
}

export interface Published {
  /** Lines for the job summary and the log: what was not shown, what could not be written. */
  notes: string[];
  /** Problems other than refusals (GitHub down, …): each becomes a warning, never a failure. */
  problems: string[];
}

/** The check run (every annotation) and the sticky PR comment; refusals are recorded, not thrown. */
export async function publishToGitHub(
  octokit: GitHubClient,
  request: PublishRequest,
  refusals: Refusals,
): Promise<Published> {
  const { report, annotations, context } = request;
  const notes: string[] = [];
  const problems: string[] = [];
  const blobUrl = context.blobUrl;

  let checkRunCarriesAll = false;
  if (request.checkRun && context.headSha) {
    const headSha = context.headSha;
    try {
      const id = await refusals.attempt('the check run', async () =>
        publishCheckRun(await connect(octokit), {
          ...context.repo,
          name: checkRunName,
          headSha,
          conclusion: request.stepFails ? 'failure' : report.summary.unknown ? 'neutral' : 'success',
          title: headline(report),
          summary: renderMarkdown(report, { target: 'summary', blobUrl, maxBytes: 65_535 }),
          annotations,
        }),
      );
      checkRunCarriesAll = id !== undefined;
    } catch (error) {
      problems.push(describe(error));
    }
  }
  const hidden = hiddenNote(annotations, checkRunCarriesAll);
  if (hidden) notes.push(hidden);

  if (request.comment !== 'never' && context.pullRequest) {
    const pullRequest = context.pullRequest;
    const commentKey = request.commentKey || context.workflowJob;
    try {
      const create = await shouldCreateComment(request.comment, {
        report,
        stepFails: request.stepFails,
        // When GitHub will not list the files, say it rather than stay silent.
        changesScannedInput: async () => {
          const changed = await request.changedFiles();
          return changed === undefined || touchesScannedInput(changed, request.paths, request.configFile);
        },
      });
      await refusals.attempt('the pull request comment', async () => {
        const client = await connect(octokit);
        return upsertStickyComment(client, {
          ...context.repo,
          issueNumber: pullRequest.number,
          marker: keyedMarker(commentKey),
          body: renderMarkdown(report, {
            target: 'comment',
            blobUrl,
            notes,
            runUrl: context.runUrl,
            commentKey,
          }),
          create,
          author: await tokenAuthor(client, request.token),
        });
      });
    } catch (error) {
      problems.push(describe(error));
    }
  }
  return { notes, problems };
}

function hiddenNote(annotations: readonly Annotation[], checkRunCarriesAll: boolean): string | undefined {
  const hidden = hiddenCounts(annotations);
  const parts = [
    hidden.error && `${hidden.error} errors`,
    hidden.warning && `${hidden.warning} warnings`,
    hidden.notice && `${hidden.notice} notices`,
  ].filter(Boolean);
  if (!parts.length) return undefined;
  const where = checkRunCarriesAll
    ? `the check run "${checkRunName}" carries all ${annotations.length} annotations`
    : 'every finding is listed below and in the SARIF file';
  return `GitHub shows ${shownPerLevel} annotations of each kind per step: ${parts.join(' and ')} were not shown as annotations; ${where}.`;
}
