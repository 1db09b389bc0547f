import { startPresentation } from './presenter';
import { startSpeakerView } from './speaker';
import { PRESENT_PARAM, SPEAKER_PARAM, replaceParam } from './url';

/**
 * Presenter mode, loaded only when a reader asks for it (the Present link, or a `?present=` /
 * `?speaker=` URL): nothing here is downloaded by a reader who just reads.
 */

/** Starts whichever mode the URL asks for. */
export function startFromUrl(): void {
  const params = new URLSearchParams(location.search);
  if (params.has(SPEAKER_PARAM)) startSpeakerView();
  else if (params.has(PRESENT_PARAM)) startPresentation();
}

/** Starts presenting this lesson from its title slide (the Present link). */
export function present(): void {
  replaceParam(PRESENT_PARAM, '1');
  startPresentation();
}
