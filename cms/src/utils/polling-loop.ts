/**
 * Runs `work` every `pollMs` after the previous run ended, one run at a time; `wake()` starts a
 * run now instead of at the next poll (e.g. right after a commit queued something).
 */
export const pollingLoop = (work: () => Promise<unknown>, pollMs: number, onError: (error: unknown) => void) => {
  let stopped = false;
  let busy = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped || busy) return;
    if (timer) clearTimeout(timer);
    busy = true;
    current = work()
      .catch(onError)
      .finally(() => {
        busy = false;
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  };
  timer = setTimeout(tick, pollMs);
  return {
    wake: tick,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
};
