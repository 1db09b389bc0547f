import { test, type CDPSession } from '@playwright/test';

/**
 * `npm run bench:browser` only (BENCH=1): which main-thread tasks of a page's load are long, and
 * what runs in them, for issue #17 (Lighthouse counts each task over 50 ms after the first paint as
 * blocking time, on a phone simulated as 4x slower). A page is loaded at a phone's size and traced
 * with Chromium's DevTools protocol; tasks are measured in thread CPU time (the trace's `tdur`),
 * which a machine busy with other work disturbs far less than wall time. For each task over 10 ms
 * (40 ms at 4x) it prints its CPU time and the events that spent most of it (layout, style, a
 * script's function call, microtasks such as an island's hydration). Figures, not assertions.
 */
const bench = process.env.BENCH === '1';
const PAGES = (process.env.LOAD_TASK_PAGES ?? 'digits/,lessons/logic-gates/,playground/').split(
  ',',
);
const MIN_CPU_US = 10_000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

async function trace(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,loading,toplevel',
    transferMode: 'ReportEvents',
  });
  await load();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const label = (e: TraceEvent) =>
  [e.name, e.args?.data?.url?.replace(/^.*\//, ''), e.args?.data?.functionName]
    .filter(Boolean)
    .join(' ');

/** Self CPU time of each kind of event nested in [from, to], largest first. */
function selfTimes(main: TraceEvent[], from: number, to: number): [string, number][] {
  const nested = main
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && e.ts >= from && e.ts + e.dur! <= to)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
    .map((e) => ({ e, children: 0 }));
  const stack: typeof nested = [];
  for (const node of nested) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= node.e.ts) stack.pop();
    if (stack.length) stack.at(-1)!.children += node.e.tdur!;
    stack.push(node);
  }
  const self = new Map<string, number>();
  for (const { e, children } of nested.slice(1))
    self.set(label(e), (self.get(label(e)) ?? 0) + e.tdur! - children);
  return [...self].filter(([name]) => !/RunTask/.test(name)).sort((a, b) => b[1] - a[1]);
}

// A phone-sized page, and no Playwright trace of its own beside the one this file records.
test.use({ viewport: { width: 412, height: 823 }, trace: 'off' });

test.describe('long tasks while a page loads', () => {
  test.skip(!bench, 'a measurement for npm run bench:browser');
  for (const path of PAGES) {
    test(`/${path}`, async ({ page, context }) => {
      const cdp = await context.newCDPSession(page);
      const events = await trace(cdp, async () => {
        await page.goto(`/${path}`, { waitUntil: 'load' });
        await page.waitForTimeout(5000);
      });
      const parse = events.find((e) => e.name === 'ParseHTML')!;
      const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
      const tasks = main
        .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
        .filter((e) => e.ts >= parse.ts && (e.tdur ?? 0) > MIN_CPU_US);
      const ms = (us: number) => (us / 1000).toFixed(1);
      const lines = tasks.map((task) => {
        const top = selfTimes(main, task.ts, task.ts + task.dur!).slice(0, 4);
        return `  +${ms(task.ts - parse.ts)} ms: ${ms(task.tdur!)} ms CPU (${top
          .map(([name, us]) => `${name} ${ms(us)}`)
          .join(', ')})`;
      });
      const blocking = tasks.reduce((sum, t) => sum + Math.max(0, (4 * t.tdur!) / 1000 - 50), 0);
      console.log(
        `/${path}: ${tasks.length} tasks over ${ms(MIN_CPU_US)} ms CPU; at 4x they would block ` +
          `${blocking.toFixed(0)} ms\n${lines.join('\n')}`,
      );
    });
  }
});
