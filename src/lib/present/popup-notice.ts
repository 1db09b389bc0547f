/**
 * What the presenter sees when the browser refuses to open the speaker view's window (a pop-up
 * blocker): what happened, how to allow it, and a plain link that opens the speaker view in a new
 * tab instead (the two still follow each other). Built with DOM calls, no HTML strings.
 */
export function showPopupBlocked(url: string, onRetry: () => void): HTMLElement {
  document.querySelector('.nn-present-popup')?.remove();
  const box = document.createElement('div');
  box.className = 'nn-present-popup';
  box.setAttribute('role', 'alert');

  const title = document.createElement('p');
  title.className = 'nn-present-popup-title';
  title.textContent = 'The speaker view did not open: this browser blocked its window.';
  const how = document.createElement('p');
  how.textContent =
    'To allow it, click the blocked pop-up icon at the end of the address bar, choose to always ' +
    'allow pop-ups from this site, then press Speaker view again. Or open it in a new tab:';
  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'opener';
  link.textContent = 'Open the speaker view in a new tab';

  const actions = document.createElement('p');
  actions.className = 'nn-present-popup-actions';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'nn-button';
  retry.textContent = 'Try again';
  retry.addEventListener('click', () => {
    box.remove();
    onRetry();
  });
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'nn-button quiet';
  close.textContent = 'Close';
  close.addEventListener('click', () => box.remove());
  actions.append(link, retry, close);

  box.append(title, how, actions);
  document.body.append(box);
  retry.focus();
  return box;
}
