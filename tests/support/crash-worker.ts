// One local poll whose alert publisher can be told to die by SIGKILL on its first publish: the
// fault test runs it as a child process to cut the monitor off between recording and publishing.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { appendFile } from 'node:fs/promises';
import { LocalMonitor } from '../../bin/local/local-monitor.js';
import { alertRecord } from '../../lambdas/core/state/alert.js';
import { analyzeArticle } from '../../lambdas/core/understand/analyze-article.js';

const [dbDir, feedUrl, deliveredFile, mode, minutesLater] = process.argv.slice(2);
if (!dbDir || !feedUrl || !deliveredFile) {
  throw new Error('usage: crash-worker DB_DIR FEED_URL DELIVERED_FILE [kill|ok] [MINUTES_LATER]');
}
// A restart some minutes after the crash, without the test waiting for them.
const offsetMs = Number(minutesLater ?? 0) * 60_000;

const monitor = await LocalMonitor.open({
  dbDir,
  seedsDir: 'seeds',
  analyze: analyzeArticle,
  now: () => new Date(Date.now() + offsetMs),
  publisher: {
    publish: async (alert) => {
      if (mode === 'kill') process.kill(process.pid, 'SIGKILL');
      await appendFile(
        deliveredFile,
        `${JSON.stringify({ alertId: alert.alertId, ...alertRecord(alert) })}\n`,
      );
    },
  },
});
await monitor.pollOnce([{ name: 'wire', url: feedUrl }]);
await monitor.close();
