import type { Annotation } from '../report/annotations.js';
import type { Octokit, Repo } from './octokit.js';

/** The Checks API takes at most 50 annotations per request; later batches are appended by updates. */
export const annotationsPerRequest = 50;

export interface CheckRun extends Repo {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  annotations: readonly Annotation[];
}

const levels = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** Creates a completed check run carrying every annotation. Returns its id. */
export async function publishCheckRun(octokit: Octokit, run: CheckRun): Promise<number> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += annotationsPerRequest)
    batches.push(run.annotations.slice(i, i + annotationsPerRequest));
  const output = (batch: Annotation[] | undefined) => ({
    title: run.title,
    summary: run.summary,
    annotations: (batch ?? []).map(toCheckAnnotation),
  });
  const { owner, repo } = run;
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: run.name,
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1))
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch) });
  return data.id;
}

function toCheckAnnotation(annotation: Annotation) {
  return {
    path: annotation.file,
    start_line: annotation.line,
    end_line: annotation.line,
    // Columns are allowed only on a single line.
    ...(annotation.column !== undefined && {
      start_column: annotation.column,
      end_column: annotation.column,
    }),
    annotation_level: levels[annotation.level],
    title: annotation.title,
    message: annotation.message,
  };
}
