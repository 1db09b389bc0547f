/**
 * The presenter's controls along the bottom of the screen: previous, the slide counter, next,
 * speaker view, full screen and exit. Built with DOM calls (no HTML strings), named for screen
 * readers, and announced through a polite live region when the slide changes.
 */
export interface Toolbar {
  root: HTMLElement;
  /** Updates the counter and the enabled state of previous/next, and announces the slide. */
  update(index: number, count: number, title: string): void;
}

export interface ToolbarActions {
  previous(): void;
  next(): void;
  speaker(): void;
  exit(): void;
}

function button(label: string, text: string, onClick: () => void, name: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = `nn-present-button nn-present-${name}`;
  el.setAttribute('aria-label', label);
  el.textContent = text;
  el.addEventListener('click', onClick);
  return el;
}

/** Builds the toolbar and adds it to the page. */
export function createToolbar(actions: ToolbarActions): Toolbar {
  const root = document.createElement('div');
  root.className = 'nn-present-toolbar';
  root.setAttribute('role', 'toolbar');
  root.setAttribute('aria-label', 'Presentation controls');

  const previous = button('Previous slide', '‹', actions.previous, 'previous');
  const counter = document.createElement('span');
  counter.className = 'nn-present-counter';
  counter.dataset.nnCounter = '';
  const next = button('Next slide', '›', actions.next, 'next');
  const speaker = button('Open the speaker view', 'Speaker view', actions.speaker, 'speaker');
  const fullscreen = button(
    'Full screen',
    'Full screen',
    () => void toggleFullscreen(),
    'fullscreen',
  );
  fullscreen.hidden = !document.fullscreenEnabled;
  const exit = button('Leave the presentation (Escape)', 'Exit', actions.exit, 'exit');
  const live = document.createElement('p');
  live.className = 'nn-sr-only';
  live.setAttribute('aria-live', 'polite');

  root.append(previous, counter, next, speaker, fullscreen, exit, live);
  document.body.append(root);
  return {
    root,
    update(index, count, title) {
      counter.textContent = `${index + 1} / ${count}`;
      counter.setAttribute('aria-label', `Slide ${index + 1} of ${count}`);
      previous.disabled = index === 0;
      next.disabled = index === count - 1;
      live.textContent = `Slide ${index + 1} of ${count}: ${title}`;
    },
  };
}

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or the browser forbids it): the presentation simply stays windowed.
  }
}
