import type { getOctokit } from '@actions/github';

/** The client every src/github function takes: built once in main, pointed at GITHUB_API_URL. */
export type Octokit = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}
