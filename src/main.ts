import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gateOutcome } from './gate.js';
import { readTrustedConfig, readTrustedFile } from './github/base-config.js';
import type { BaselineFile } from './baseline/file.js';
import { checkWaiverLengths } from './config.js';
import { todayOf } from './waivers/dates.js';
import { listChangedFiles } from './github/changed-files.js';
import { readEventPayload, runContext } from './github/event.js';
import { publishToGitHub } from './github/publish.js';
import { backoffFromEnv, lazyGitHubClient, type GitHubClient } from './github/lazy-client.js';
import * as runner from './github/runner.js';
import { describe, Refusals } from './github/refusal.js';
import { gateOptions, readInputs } from './inputs.js';
import { InputError, ServiceError } from './model/errors.js';
import { annotationsOf, workflowCommand } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderText } from './report/text.js';
import { renderSarif } from './report/sarif.js';
import { scan, type TerraformReread } from './scan.js';
// Provides the data files shipped beside the bundle to the pure core (read on first use).
import './data-files.js';

/**
 * The action: inputs → trusted config → scan → annotations, files, check run, comment, summary → outputs → verdict.
 * What a run may not need (Octokit, the baseline, the fixes behind suggestions, the parsers for the
 * base versions of waivers) is loaded when it is needed: start-up counts on every push (issue 16).
 */
export async function run(): Promise<void> {
  try {
    const context = runContext(process.env, readEventPayload(process.env), os.tmpdir());
    const inputs = readInputs((name) => runner.getInput(name), context);
    // Retries, rate-limit waits and one time budget for every GitHub request (issue 17); Octokit is
    // loaded and built at the first request.
    const octokit = lazyGitHubClient(inputs.githubToken, {
      timeoutSeconds: inputs.apiTimeout,
      backoffMs: backoffFromEnv(process.env),
      log: (line) => runner.info(line),
    });
    const refusals = new Refusals();

    const config = await readTrustedConfig(octokit, {
      ...context.repo,
      input: inputs.config,
      workspace: context.workspace,
      baseSha: context.pullRequest?.baseSha,
      headSha: context.pullRequest?.headSha,
    });
    const options = gateOptions(
      inputs,
      config.text === undefined
        ? {}
        : (await import('./config-file.js')).parseConfig(config.text, config.path),
    );
    // Issue 13: waiver expiry against today (VEEAM_IAM_GATE_TODAY fixes it); the baseline from the base.
    const today = todayOf(process.env);
    checkWaiverLengths(options, today);
    const trusted = { ...context.repo, workspace: context.workspace, baseSha: context.pullRequest?.baseSha };
    const baseline = options.baseline ? await readBaseline(octokit, trusted, options.baseline) : undefined;
    const pullRequest = context.pullRequest;
    const only =
      inputs.scan === 'changed' && pullRequest
        ? await refusals.attempt('the list of changed files (every file under paths was scanned)', async () =>
            listChangedFiles(await octokit(), { ...context.repo, pullNumber: pullRequest.number }),
          )
        : undefined;
    // Live mode (issue 4): deployed roles read through the IAM API with the runner's AWS credentials.
    // The AWS SDK is loaded only then: it would double the action's start-up (issue 16).
    const liveMode =
      inputs.awsRoles.length > 0 || inputs.awsRegion !== undefined
        ? await import('./aws/live-mode.js')
        : undefined;
    const live = await liveMode?.startLiveMode(
      { aws: inputs.awsRoles.length > 0, roles: inputs.awsRoles, region: inputs.awsRegion, simulate: false },
      options.roles,
    );
    let terraformReread: TerraformReread | undefined;
    const scanned = await scan({
      today,
      root: context.workspace,
      paths: inputs.paths,
      options,
      configFile: config.path,
      ...(only && { only }),
      ...(live && { live: live.live }),
      // Suggestions for `.tf` roles are checked in their root re-read with the edit (issue 15).
      terraformReread: (reread) => (terraformReread = reread),
    });
    const report = baseline?.file
      ? (await import('./baseline/apply.js')).applyBaseline(
          scanned,
          baseline.file,
          options.baseline!,
          only !== undefined,
        )
      : scanned;
    if (baseline?.warning) report.warnings.push({ code: 'baseline-not-applied', message: baseline.warning });
    // Inline waivers the pull request adds are listed apart: compare each file with its base version.
    if (trusted.baseSha) {
      const { inlineWaiverFiles, markAddedWaivers } = await import('./waivers/added.js');
      const baseTexts = new Map<string, string | undefined>();
      for (const file of inlineWaiverFiles(report)) {
        const base = await readTrustedFile(octokit, trusted, file);
        if ('text' in base) baseTexts.set(file, base.text);
      }
      markAddedWaivers(report, baseTexts, options.parameters);
    }
    if (config.changedByPullRequest)
      report.warnings.push({
        code: 'config-changed',
        message: `This pull request changes ${config.path}: the gate used the base branch's version; the change applies once merged.`,
      });

    const outcome = gateOutcome(
      report,
      inputs.failOn === 'unknown' ? 'fail' : options.onUnknown,
      options.leastPrivilege,
    );
    const stepFails = inputs.failOn !== 'never' && outcome.exitCode !== 0;
    const annotations = annotationsOf(report);
    for (const annotation of annotations) process.stdout.write(workflowCommand(annotation) + os.EOL);

    const reportFile = path.join(context.runnerTemp, 'veeam-iam-gate.json');
    await writeOut(reportFile, renderJson(report));
    await writeOut(inputs.sarifFile, JSON.stringify(renderSarif(report), null, 2) + '\n');

    const published = await publishToGitHub(
      octokit,
      {
        report,
        annotations,
        context,
        token: inputs.githubToken,
        comment: inputs.comment,
        commentKey: inputs.commentKey,
        changedFiles: async () =>
          only ??
          (pullRequest
            ? await refusals.attempt('the list of changed files', async () =>
                listChangedFiles(await octokit(), { ...context.repo, pullNumber: pullRequest.number }),
              )
            : undefined),
        paths: inputs.paths,
        configFile: config.path,
        checkRun: inputs.checkRun,
        stepFails,
      },
      refusals,
    );
    // Issue 15: the fixes of failing roles as one-click suggestions on the pull request's diff.
    const suggested =
      inputs.suggestions && pullRequest
        ? await import('./github/suggestions.js')
            .then(async ({ suggestFixes }) =>
              suggestFixes(
                await octokit(),
                {
                  ...context.repo,
                  pullNumber: pullRequest.number,
                  headSha: pullRequest.headSha,
                  report,
                  options,
                  workspace: context.workspace,
                  max: inputs.maxSuggestions,
                  token: inputs.githubToken,
                  terraformReread,
                },
                refusals,
              ),
            )
            .catch((error: unknown) => void published.problems.push(describe(error)))
        : undefined;
    // Whatever could not be published (refused, rate-limited, GitHub down) is one warning.
    const refused = [refusals.warning(), ...published.problems.map((p) => `Could not publish: ${p}.`)]
      .filter(Boolean)
      .join(' ');
    const notes = [...published.notes, ...(suggested ? [suggested] : []), ...(refused ? [refused] : [])];
    // The log carries the whole text report (findings and fixes), as the CLI prints it.
    runner.info(renderText(report, { outcome }));
    for (const note of notes) runner.info(note);
    if (process.env.GITHUB_STEP_SUMMARY)
      await runner.appendSummary(
        renderMarkdown(report, {
          target: 'summary',
          notes,
          blobUrl: context.blobUrl,
          runUrl: context.runUrl,
        }),
      );

    runner.setOutput('verdict', outcome.verdict);
    runner.setOutput('roles-checked', report.summary.workerRoles);
    runner.setOutput('roles-failed', report.summary.fail);
    runner.setOutput('report-file', reportFile);
    runner.setOutput('sarif-file', inputs.sarifFile);

    if (refused) runner.warning(refused);
    if (stepFails) runner.setFailed(outcome.reason);
  } catch (error) {
    if (!(error instanceof InputError) && error instanceof Error && error.stack) runner.debug(error.stack);
    runner.setFailed(
      error instanceof InputError || error instanceof ServiceError
        ? error.message
        : `veeam-iam-gate stopped (a bug): ${describe(error)}`,
    );
  }
}

/**
 * The baseline as the base commit holds it (a pull request cannot widen its own baseline). When it
 * cannot be read or does not exist there, no baseline applies (the gate errs on the strict side)
 * and a warning says so; a malformed one stops the run (exit 2).
 */
async function readBaseline(
  octokit: GitHubClient,
  request: Parameters<typeof readTrustedFile>[1],
  file: string,
): Promise<{ file?: BaselineFile; warning?: string }> {
  const read = await readTrustedFile(octokit, request, file, 'baseline');
  const where = request.baseSha ? 'at the base commit' : 'in the checkout';
  if ('unreadable' in read)
    return {
      warning: `The baseline ${file} could not be read ${where} (${read.unreadable}): no baseline applied.`,
    };
  if (read.text === undefined)
    return {
      warning: `The baseline ${file} does not exist ${where}: no baseline applied (commit it to the base branch first).`,
    };
  return { file: (await import('./baseline/file.js')).parseBaseline(read.text, file) };
}

async function writeOut(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
