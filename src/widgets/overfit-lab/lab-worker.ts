/// <reference lib="webworker" />
import { answerLabRequest, type LabRequest } from './lab-protocol';

/** The overfit lab's training worker: one request, one run, so the page never trains itself. */
self.onmessage = (event: MessageEvent<LabRequest>) => {
  const { answer, transfer } = answerLabRequest(event.data);
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer, transfer);
};
