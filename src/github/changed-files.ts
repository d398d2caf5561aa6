import type { Octokit, Repo } from './octokit.js';

/** The files a pull request adds, modifies or renames (not those it removes), every page of them. */
export async function listChangedFiles(
  octokit: Octokit,
  request: Repo & { pullNumber: number },
): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullNumber,
    per_page: 100,
  });
  return files.filter((file) => file.status !== 'removed').map((file) => file.filename);
}
