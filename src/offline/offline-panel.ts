import { formatBytes } from './offline-build';
import type { OfflineCopy, OfflineReply, OfflineRequest } from './offline-protocol';

/** Sends a request to the active worker; resolves with its last reply, passing progress on. */
function ask(
  worker: ServiceWorker,
  request: OfflineRequest,
  onProgress: (reply: Extract<OfflineReply, { type: 'progress' }>) => void = () => {},
): Promise<OfflineReply> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<OfflineReply>) => {
      if (data.type === 'progress') onProgress(data);
      else resolve(data);
    };
    worker.postMessage(request, [channel.port2]);
  });
}

/** Whether the origin has room for `bytes` more (unknown counts as room). */
async function hasRoom(bytes: number): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota) return true;
  return estimate.quota - (estimate.usage ?? 0) >= bytes;
}

/**
 * The home page's "Make available offline" panel: asks the service worker for the whole course,
 * shows the progress while it downloads, and offers to remove the copy. The size is this build's,
 * written into the page by the service-worker integration.
 */
export async function initOfflinePanel(panel: HTMLElement): Promise<void> {
  const $ = <T extends Element>(name: string) => panel.querySelector<T>(`[data-offline-${name}]`)!;
  const download = $<HTMLButtonElement>('download');
  const remove = $<HTMLButtonElement>('remove');
  const progress = $<HTMLProgressElement>('progress');
  const amount = $<HTMLElement>('amount');
  const status = $<HTMLElement>('status');
  if (!('serviceWorker' in navigator)) {
    status.textContent = 'This browser cannot keep the course for offline use.';
    return;
  }
  const worker = (await navigator.serviceWorker.ready).active!;
  const show = (copy: OfflineCopy | null, message: string) => {
    status.textContent = message;
    remove.hidden = !copy;
    download.disabled = false;
    download.textContent = copy ? 'Download again' : 'Make available offline';
  };

  const first = await ask(worker, { type: 'status' });
  if (first.type === 'status' && first.copy)
    show(first.copy, `Saved for offline use: ${formatBytes(first.copy.bytes)}.`);
  else show(null, '');

  download.addEventListener('click', async () => {
    const total = first.type === 'status' ? first.bytes : 0;
    if (!(await hasRoom(total))) {
      status.textContent = `Not enough storage space: the course needs ${formatBytes(total)}. Free some space (or allow this site more) and try again.`;
      return;
    }
    download.disabled = true;
    remove.hidden = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `Downloading ${formatBytes(total)}…`;
    const reply = await ask(worker, { type: 'download' }, ({ bytesDone, bytesTotal }) => {
      progress.value = Math.round((100 * bytesDone) / bytesTotal);
      amount.textContent = `${formatBytes(bytesDone)} of ${formatBytes(bytesTotal)}`;
    });
    if (reply.type === 'done') {
      show(
        reply.copy,
        `Done: the whole course works offline (${formatBytes(reply.copy.bytes)} saved).`,
      );
    } else if (reply.type === 'failed') {
      progress.hidden = true;
      amount.textContent = '';
      show(
        null,
        reply.reason === 'storage-full'
          ? 'The download stopped: the browser’s storage for this site is full. Free some space and try again.'
          : `The download stopped: the network failed (${reply.message}). Try again when you are online.`,
      );
    }
  });

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    await ask(worker, { type: 'remove' });
    remove.disabled = false;
    progress.hidden = true;
    amount.textContent = '';
    show(null, 'The offline copy is removed. Your saved edits are kept.');
    download.focus();
  });
}
