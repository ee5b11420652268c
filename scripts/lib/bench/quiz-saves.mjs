// Times quiz attempts on the quiz unit the page shows: each attempt is scored and painted, then saved in one
// IndexedDB transaction (with its statement for the outbox, when an LRS is connected). Per attempt: `record` = the
// store's User Timing measure "alliance-player:save" (the transaction), `total` = click → the commit announced on
// the learner's BroadcastChannel "alliance-player-progress@<learner id>". The first two attempts are not kept (they load the store's
// chunk and open the database).
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export async function timeQuizSaves(page, runs, timeout) {
  await page.waitForSelector('[data-testid="quiz-submit"]', { timeout });
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const ms = await page.evaluate(() => new Promise((resolve, reject) => {
      performance.clearMeasures('alliance-player:save');
      const roster = JSON.parse(localStorage.getItem('alliance-player.learners') || '{"active":"first"}');
      const channel = new BroadcastChannel(`alliance-player-progress@${roster.active}`);
      const t0 = performance.now();
      channel.onmessage = () => {
        const t2 = performance.now();
        channel.close();
        const saves = performance.getEntriesByName('alliance-player:save');
        if (saves.length !== 1) reject(new Error(`expected one save measure, found ${saves.length}`));
        else resolve({ total: t2 - t0, record: saves[0].duration });
      };
      document.querySelector('[data-testid="quiz-submit"]').click();
    }));
    if (i >= 2) times.push(ms);
    await page.click('[data-testid="quiz-retry"]');
    await page.waitForSelector('[data-testid="quiz-submit"]', { timeout });
  }
  return times;
}
