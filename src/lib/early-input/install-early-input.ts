/**
 * Keeps what a reader does to a widget before its script has run, and hands it to the widget
 * once it has hydrated. Runs as an inline script in every page's head (src/integrations/early-input.ts),
 * so it must stay self-contained: no imports, no helpers outside this function.
 *
 * Before hydration an island's controls are plain HTML: a slider moves, a field takes text, a
 * radio checks, but no handler hears it, and hydration puts the widget's first state back. This
 * script listens on the document (capture phase) to each island that still has Astro's `ssr`
 * attribute and records, in order: the value a native control ends up with (sliders, fields,
 * selects, checkboxes, radios), clicks on buttons and on elements with a clickable role, keys on
 * elements that take the keyboard themselves (`role=application`, `role=radio` in an SVG...),
 * and forms submitted (held, so the page never reloads). When the island hydrates
 * (`astro:hydrate`) and its mount effects have run (one task later: a shared link's state is
 * restored in `onMount`), each record is replayed as the reader's own input: the control gets the
 * value back and `input` and `change` are dispatched, buttons are clicked, keys pressed on the
 * element that had the focus. Keys that move the focus in script (arrow keys among a diagram's
 * neurons or weights) did not move it before hydration, so once a replayed key moves it, the keys
 * recorded after it follow the focus; then the focus goes back where the reader left it. An
 * element focused before hydration is told so (a `focus` event) once its widget has hydrated. So the
 * link's state comes first, the reader's latest input wins, and a widget that writes its state to
 * the URL then writes the reader's. A pointer on a canvas, an SVG or a `data-needs-script`
 * surface cannot be replayed: the reader is told the widget is still loading instead.
 *
 * While an island holds input, it carries `data-early-input` ("kept" or "not-ready"); the
 * attribute goes when everything is replayed. A status line (`.nn-early-status`, role=status)
 * says what is happening.
 */
export function installEarlyInput(): void {
  type Entry = {
    key: string;
    el: Element;
    kind: 'value' | 'click' | 'key' | 'submit';
    value?: string;
    checked?: boolean;
    keyInit?: KeyboardEventInit;
    /** Given by the keyboard, so it goes where the keyboard's focus is when it is replayed. */
    byKeyboard?: boolean;
  };
  const ATTR = 'data-early-input';
  const CLICKABLE =
    'button, [role=button], [role=radio], [role=checkbox], [role=switch], [role=tab], [role=option], [role=menuitem], [role=menuitemradio], [role=menuitemcheckbox]';
  const KEYED =
    '[role=application], [role=slider], [role=button], [role=radio], [role=checkbox], [role=switch], [role=tab], [role=option], [role=grid], [role=listbox], button';
  const COMPOSITE = '[role=radio], [role=tab], [role=option], [role=grid], [role=listbox]';
  const UNREPLAYABLE = 'canvas, svg, [role=application], [data-needs-script]';
  const NATIVE = 'input, select, textarea';
  const queues = new Map<Element, Entry[]>();
  const touched = new Set<Element>();
  let status: HTMLElement | null = null;

  const waitingIsland = (target: EventTarget | null): Element | null => {
    if (!(target instanceof Element)) return null;
    const island = target.closest('astro-island');
    return island && island.hasAttribute('ssr') ? island : null;
  };
  const signature = (el: Element): string => {
    const toggle = el.matches('input[type=checkbox], input[type=radio]');
    return [
      el.localName,
      el.getAttribute('type'),
      el.getAttribute('name'),
      el.getAttribute('role'),
      el.getAttribute('aria-label'),
      toggle ? (el as HTMLInputElement).value : '',
      el.localName === 'button' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : '',
    ].join('|');
  };
  const keyOf = (el: Element, island: Element): string => {
    if (el.id) return `#${el.id}`;
    const sig = signature(el);
    const same = Array.from(island.querySelectorAll(el.localName)).filter(
      (other) => signature(other) === sig,
    );
    return `${sig}@${same.indexOf(el)}`;
  };
  // The same element when hydration kept it (Svelte adopts the server's DOM); otherwise the one
  // with the same id, or the same kind, name and label at the same place among its like.
  const find = (island: Element, entry: Entry): Element | null => {
    if (entry.el.isConnected && island.contains(entry.el)) return entry.el;
    if (entry.key.startsWith('#'))
      return island.querySelector(`#${CSS.escape(entry.key.slice(1))}`);
    const at = entry.key.lastIndexOf('@');
    const sig = entry.key.slice(0, at);
    const like = Array.from(island.querySelectorAll(entry.el.localName)).filter(
      (other) => signature(other) === sig,
    );
    return like[Number(entry.key.slice(at + 1))] ?? null;
  };

  const say = (text: string) => {
    if (!status) {
      status = document.createElement('div');
      status.className = 'nn-early-status';
      status.setAttribute('role', 'status');
      document.body.append(status);
    }
    status.textContent = text;
    status.hidden = text === '';
  };
  const mark = (island: Element, state: 'kept' | 'not-ready') => {
    touched.add(island);
    if (island.getAttribute(ATTR) !== 'kept') island.setAttribute(ATTR, state);
    say(
      island.getAttribute(ATTR) === 'kept'
        ? 'This widget is still loading. What you changed is kept, and it takes effect as soon as the widget is ready.'
        : 'This widget is still loading: drawing and pointing on it work in a moment.',
    );
  };
  const record = (island: Element, entry: Entry) => {
    const queue = queues.get(island) ?? [];
    const last = queue[queue.length - 1];
    // A run of changes to one control is one change: the value it ends with.
    if (last && last.kind === 'value' && entry.kind === 'value' && last.key === entry.key)
      queue.pop();
    queue.push(entry);
    queues.set(island, queue);
    mark(island, 'kept');
  };
  // Input that reaches a hydrated widget before its replay supersedes what is queued for that
  // control: the reader's latest input wins.
  const supersede = (target: EventTarget | null) => {
    if (!(target instanceof Element)) return;
    const island = target.closest('astro-island');
    const queue = island && queues.get(island);
    if (!island || !queue) return;
    const el = target.closest(`${NATIVE}, ${CLICKABLE}`) ?? target;
    queues.set(
      island,
      queue.filter((entry) => entry.kind !== 'value' || find(island, entry) !== el),
    );
  };

  const onValue = (event: Event) => {
    const island = waitingIsland(event.target);
    if (!island) return supersede(event.target);
    const el = event.target as HTMLInputElement;
    if (!el.matches(NATIVE)) return;
    record(island, {
      key: keyOf(el, island),
      el,
      kind: 'value',
      value: el.value,
      checked: el.checked,
    });
  };
  document.addEventListener('input', onValue, true);
  document.addEventListener('change', onValue, true);

  document.addEventListener(
    'click',
    (event) => {
      const island = waitingIsland(event.target);
      if (!island) return;
      const el = (event.target as Element).closest(CLICKABLE);
      if (!el || !island.contains(el) || el.matches(NATIVE)) return;
      // Enter or Space on a button clicks it with no pointer, and `detail` 0 says so.
      const byKeyboard = (event as MouseEvent).detail === 0;
      record(island, { key: keyOf(el, island), el, kind: 'click', byKeyboard });
    },
    true,
  );

  document.addEventListener(
    'submit',
    (event) => {
      const island = waitingIsland(event.target);
      if (!island) return;
      // A form's native submission would reload the page and lose what was typed.
      event.preventDefault();
      // A submit button's click is already queued, and replaying it submits the form again.
      if ((event as SubmitEvent).submitter) return;
      const form = event.target as HTMLFormElement;
      record(island, { key: keyOf(form, island), el: form, kind: 'submit' });
    },
    true,
  );

  document.addEventListener(
    'keydown',
    (event) => {
      const island = waitingIsland(event.target);
      if (!island || ['Tab', 'Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      // A native control's keys change its value, and that value is what is kept.
      if ((event.target as Element).closest(NATIVE)) return;
      const el = (event.target as Element).closest(KEYED);
      if (!el || !island.contains(el)) return;
      // A button turns Enter and Space into a click by itself, and that click is queued.
      if (el.localName === 'button' && (event.key === 'Enter' || event.key === ' ')) return;
      // An element that takes the keyboard would have kept these keys from scrolling the page:
      // all of them on a surface, arrows in a composite widget, Space on a button-like one.
      if (
        el.matches('[role=application], [role=slider]') ||
        (event.key.startsWith('Arrow') && el.matches(COMPOSITE)) ||
        (event.key === ' ' && el.localName !== 'button')
      )
        event.preventDefault();
      const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
      record(island, {
        key: keyOf(el, island),
        el,
        kind: 'key',
        keyInit: { key, code, shiftKey, ctrlKey, altKey, metaKey },
        byKeyboard: true,
      });
    },
    true,
  );

  document.addEventListener(
    'pointerdown',
    (event) => {
      const island = waitingIsland(event.target);
      if (!island) return;
      const target = event.target as Element;
      if (target.closest(CLICKABLE) || target.closest(NATIVE)) return;
      if (target.closest(UNREPLAYABLE)) mark(island, 'not-ready');
    },
    true,
  );

  const fire = (el: Element, type: string) =>
    el.dispatchEvent(new Event(type, { bubbles: true, cancelable: type !== 'input' }));
  const apply = (el: Element, entry: Entry) => {
    if (entry.kind === 'value') {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') {
        if (input.checked !== entry.checked) input.click();
        return;
      }
      input.value = entry.value ?? '';
      fire(el, 'input');
      fire(el, 'change');
    } else if (entry.kind === 'click') {
      if (el instanceof HTMLElement) el.click();
      else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    } else if (entry.kind === 'key') {
      el.dispatchEvent(
        new KeyboardEvent('keydown', { ...entry.keyInit, bubbles: true, cancelable: true }),
      );
    } else {
      (el as HTMLFormElement).requestSubmit();
    }
  };
  // One task between replayed inputs, so that each one's effects (a control that appears, a
  // button that becomes enabled) are in the page before the next.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  // A widget whose element had the focus before it hydrated never heard of it: its focus
  // handlers (a cursor drawn, a neuron inspected) run now, as they would have then.
  const refocus = (island: Element) => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || !island.contains(focused)) return;
    focused.dispatchEvent(new FocusEvent('focus'));
    focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  };
  const focus = (el: Element | null) => {
    if (el && el !== document.activeElement && el.isConnected && 'focus' in el)
      (el as HTMLElement).focus({ preventScroll: true });
  };
  const replay = async (island: Element) => {
    await nextTask();
    // Where the reader's focus is now: where it goes back to once the keys are replayed.
    const last = document.activeElement;
    refocus(island);
    // Before hydration, keys that would have moved the focus (arrow keys among a diagram's
    // neurons) left it where it was, so the keys after them were all pressed on one element.
    // Once a replayed key moves the focus from an element, what the keyboard gave it next
    // follows the focus.
    const moved = new Map<Element, Element>();
    let entry: Entry | undefined;
    while ((entry = queues.get(island)?.shift())) {
      // One input the widget cannot take (it throws) must not keep the others from it.
      try {
        const follow = entry.byKeyboard ? moved.get(entry.el) : undefined;
        const el = follow?.isConnected ? follow : find(island, entry);
        if (!el) continue;
        // Keys go to the focused element, as they did when the reader pressed them.
        if (entry.byKeyboard) focus(el);
        apply(el, entry);
        const now = document.activeElement;
        if (entry.byKeyboard && now && now !== el && island.contains(now)) moved.set(entry.el, now);
      } catch (error) {
        console.error(error);
      } finally {
        await nextTask();
      }
    }
    if (last && last !== document.body) focus(moved.get(last) ?? last);
    else if (island.contains(document.activeElement))
      (document.activeElement as HTMLElement).blur();
    queues.delete(island);
    island.removeAttribute(ATTR);
    touched.delete(island);
    if (touched.size === 0) say('');
  };

  document.addEventListener(
    'astro:hydrate',
    (event) => {
      const island = event.target as Element;
      if (touched.has(island)) void replay(island);
      else setTimeout(() => refocus(island), 0);
    },
    true,
  );
  document.addEventListener('astro:hydration-error', (event) => {
    const island = (event.target as Element).closest('astro-island');
    if (!island || !touched.has(island)) return;
    queues.delete(island);
    say(
      'This widget could not load, so what you changed in it was not applied. Reloading the page may help.',
    );
  });
}
