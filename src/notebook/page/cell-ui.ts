import { button, el } from './dom';

export interface CellUiActions {
  run(): void;
  stop(): void;
  reset(): void;
}

/**
 * The controls and status of one cell: the In [n] counter, Run / Stop / Reset, a "modified" mark,
 * a progress bar for training, a notice line and the output area. Built by the page's script, so a
 * reader without JavaScript sees the saved outputs and no buttons that do nothing.
 */
export function createCellUi(root: HTMLElement, number: number, actions: CellUiActions) {
  // Lesson cells come with their role, label and status box from the build (changing a lesson's
  // top level after load restyles the whole page); cells made on the page get them here.
  if (root.getAttribute('role') !== 'group') root.setAttribute('role', 'group');
  let head = root.querySelector<HTMLElement>('.nb-cell-head');
  if (!head) {
    head = el('div', { class: 'nb-cell-head' });
    head.append(el('span', { class: 'nb-count' }, 'In [ ]'));
    root.prepend(head);
  }
  const count = head.querySelector<HTMLElement>('.nb-count')!;
  const badge = el('span', { class: 'nb-badge', hidden: '' }, 'modified');
  const run = button('Run', actions.run, { quiet: false, title: 'Run this cell (Shift+Enter)' });
  const stop = button('Stop', actions.stop, { title: 'Stop this cell' });
  const reset = button('Reset', actions.reset, {
    title: "Go back to the lesson's version of this cell",
  });
  stop.hidden = true;
  reset.hidden = true;
  const tools = el('div', { class: 'nb-cell-tools' });
  tools.append(badge, reset, stop, run);
  head.append(tools);

  const output =
    root.querySelector<HTMLElement>('.nb-output') ??
    root.appendChild(
      el('div', { class: 'nb-output', role: 'group', 'aria-label': `Output of cell ${number}` }),
    );
  const progress = el('div', { class: 'nb-progress', hidden: '' });
  const bar = el('progress', { max: '1', value: '0', 'aria-label': 'Training progress' });
  const progressText = el('span', { role: 'status' });
  progress.append(bar, progressText);
  const notice = el('div', { class: 'nb-notice', role: 'status', hidden: '' });
  const status = root.querySelector<HTMLElement>('.nb-cell-status');
  if (status) status.append(progress, notice);
  else output.before(progress, notice);

  const setNumber = (n: number) => {
    const label = (element: HTMLElement, text: string) => {
      if (element.getAttribute('aria-label') !== text) element.setAttribute('aria-label', text);
    };
    label(root, `Code cell ${n}`);
    label(output, `Output of cell ${n}`);
  };
  setNumber(number);

  return {
    head,
    setNumber,
    tools,
    output,
    /** Shows the execution counter: a number, '*' while queued or running, or ' ' when never run. */
    setCount(value: number | '*' | ' ') {
      count.textContent = `In [${value}]`;
    },
    setRunning(running: boolean) {
      root.classList.toggle('nb-running', running);
      stop.hidden = !running;
      run.disabled = running;
      if (!running) progress.hidden = true;
    },
    setModified(modified: boolean) {
      badge.hidden = !modified;
      reset.hidden = !modified;
    },
    setProgress({ epoch, epochs, loss }: { epoch: number; epochs: number; loss: number | null }) {
      progress.hidden = false;
      bar.max = Math.max(epochs, 1);
      bar.value = epoch;
      progressText.textContent = `Epoch ${epoch} of ${epochs}${loss === null ? '' : ` · loss ${loss.toPrecision(4)}`}`;
    },
    /** A message above the output, with optional buttons; an empty message hides it. */
    setNotice(message: string, ...buttons: HTMLButtonElement[]) {
      notice.replaceChildren(el('span', {}, message), ...buttons);
      notice.hidden = message === '';
    },
    /** Marks the output as left over from before a kernel restart. */
    setStale(stale: boolean) {
      output.classList.toggle('nb-stale', stale);
      if (stale) output.setAttribute('aria-description', 'From before the kernel restarted');
      else output.removeAttribute('aria-description');
    },
  };
}

export type CellUi = ReturnType<typeof createCellUi>;
