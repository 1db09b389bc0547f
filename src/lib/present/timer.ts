/**
 * The speaker view's clock: time since the talk started (pausable, resettable) and the time of day.
 */
export interface Timer {
  root: HTMLElement;
}

/** Formats a duration in milliseconds as `m:ss`, or `h:mm:ss` past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Builds the timer; it starts running at once and ticks every second. */
export function createTimer(): Timer {
  const root = document.createElement('div');
  root.className = 'nn-speaker-timer';
  const elapsed = document.createElement('span');
  elapsed.className = 'nn-speaker-elapsed';
  elapsed.setAttribute('aria-label', 'Time elapsed');
  elapsed.setAttribute('role', 'timer');
  const clock = document.createElement('span');
  clock.className = 'nn-speaker-clock';
  const pause = document.createElement('button');
  const reset = document.createElement('button');
  pause.type = reset.type = 'button';
  pause.className = reset.className = 'nn-button quiet';
  reset.textContent = 'Reset';

  let startedAt = Date.now();
  let pausedAt: number | null = null;
  const tick = () => {
    const now = Date.now();
    elapsed.textContent = formatElapsed((pausedAt ?? now) - startedAt);
    clock.textContent = new Date(now).toLocaleTimeString([], {
      hour: '2-digit',
      minute: '2-digit',
    });
    pause.textContent = pausedAt === null ? 'Pause' : 'Resume';
  };
  pause.addEventListener('click', () => {
    if (pausedAt === null) pausedAt = Date.now();
    else {
      startedAt += Date.now() - pausedAt;
      pausedAt = null;
    }
    tick();
  });
  reset.addEventListener('click', () => {
    startedAt = Date.now();
    if (pausedAt !== null) pausedAt = startedAt;
    tick();
  });
  root.append(elapsed, pause, reset, clock);
  tick();
  setInterval(tick, 1000);
  return { root };
}
