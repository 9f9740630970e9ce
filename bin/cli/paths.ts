import { fileURLToPath } from 'node:url';

/** Files the project ships, found relative to this checkout whatever the working directory. */
const root = fileURLToPath(new URL('../../', import.meta.url));

export const PROJECT_PATHS = {
  root,
  seeds: `${root}seeds`,
  defaultFeeds: `${root}lambdas/config/feeds.json`,
};

/** Local data lives under the working directory, like any tool's state; git ignores `.monitor/`. */
export const DEFAULT_DB_DIR = '.monitor/db';
