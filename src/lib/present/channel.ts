/**
 * The messages the presentation window and its speaker view exchange over a BroadcastChannel.
 * Both windows are the same lesson page, so they split it into the same slides and only a slide
 * number needs to travel. Anything else that arrives on the channel is ignored.
 */

/** A message between the presentation and the speaker view. */
export type DeckMessage =
  /** The presentation now shows this slide (0-based). */
  | { type: 'showing'; slide: number }
  /** The speaker view asks the presentation to go to this slide. */
  | { type: 'go'; slide: number }
  /** A speaker view has opened and wants to know the current slide. */
  | { type: 'hello' };

/** The channel's name for one lesson page, so two lessons presented at once do not mix. */
export function channelName(pathname: string): string {
  return `nn-present:${pathname}`;
}

/** Checks a received message's shape; returns it typed, or null for anything unexpected. */
export function readMessage(data: unknown, slideCount: number): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type !== 'showing' && message.type !== 'go') return null;
  const slide = message.slide;
  if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 0 || slide >= slideCount)
    return null;
  return { type: message.type, slide };
}
