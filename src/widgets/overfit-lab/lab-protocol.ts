import { trainLab, type LabRun } from './overfit-lab';

/** The page asks the lab's worker for the run at one weight decay. */
export interface LabRequest {
  decay: number;
}

/** The worker's answer: the whole run, or why it could not train. */
export type LabAnswer = { decay: number; run: LabRun } | { decay: number; error: string };

/**
 * What the worker does with one request: trains with the same engine code as runLab on the main
 * thread, so the run is the same bit for bit. The parameters' buffer is handed over, not copied.
 */
export function answerLabRequest(request: LabRequest): {
  answer: LabAnswer;
  transfer: Transferable[];
} {
  try {
    const run = trainLab(request.decay);
    return { answer: { decay: request.decay, run }, transfer: [run.params.buffer] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { answer: { decay: request.decay, error: message }, transfer: [] };
  }
}
