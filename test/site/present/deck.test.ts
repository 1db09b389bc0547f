import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  readDeck,
  showAll,
  showSlide,
  slideNotes,
  slidePreview,
} from '../../../src/lib/present/deck';

/** A lesson page as Starlight renders it: the title in one panel, the body in another. */
function lessonPage(body: string): Document {
  const { document } = parseHTML(`<!doctype html><html><body><main>
    <div class="content-panel"><h1 id="_top">The neuron</h1></div>
    <div class="content-panel"><div class="sl-markdown-content">${body}</div></div>
  </main></body></html>`);
  return document as unknown as Document;
}

const BODY = `<div class="objectives"><p>Goals</p></div>
  <h2 id="sum">The sum</h2><p id="p1">First <b>bold</b> words.</p>
  <aside data-instructor-note><p>Ask about w2.</p></aside>
  <script type="module" src="x.js"></script>
  <h2 id="try">Try it</h2><p>Move the sliders.</p>
  <astro-island><section class="widget" aria-label="Neuron explorer"><h3>Neuron explorer</h3></section></astro-island>`;

describe('readDeck(document)', () => {
  it('reads a title slide and one slide per ## section, skipping scripts', () => {
    const deck = readDeck(lessonPage(BODY))!;
    expect(deck.lessonTitle).toBe('The neuron');
    expect(deck.slides.map((s) => [s.title, s.id, s.end - s.start])).toEqual([
      ['The neuron', '', 1],
      ['The sum', 'sum', 3],
      ['Try it', 'try', 3],
    ]);
  });

  it('finds the sections inside a wrapper around the lesson body', () => {
    const deck = readDeck(lessonPage(`<div class="runtime">${BODY}</div>`))!;
    expect(deck.slides.map((s) => s.title)).toEqual(['The neuron', 'The sum', 'Try it']);
  });

  it('returns null on a page without a lesson body', () => {
    expect(
      readDeck(
        parseHTML('<html><body><main><p>Hi</p></main></body></html>')
          .document as unknown as Document,
      ),
    ).toBeNull();
  });
});

describe('showSlide(deck, index) and showAll(deck)', () => {
  it('hides every block outside the slide and the title outside the title slide, then restores all', () => {
    const doc = lessonPage(BODY);
    const deck = readDeck(doc)!;
    showSlide(deck, 1);
    const shown = deck.blocks
      .filter((el) => !el.hasAttribute('data-nn-slide-off'))
      .map((el) => el.tagName.toLowerCase());
    expect(shown).toEqual(['h2', 'p', 'aside']);
    expect(deck.titlePanel!.hasAttribute('data-nn-slide-off')).toBe(true);
    showAll(deck);
    expect(doc.querySelectorAll('[data-nn-slide-off], [data-nn-slide-block]')).toHaveLength(0);
  });
});

describe('slideNotes(deck, index) and slidePreview(deck, index)', () => {
  it("finds the instructor notes of a slide's section only", () => {
    const deck = readDeck(lessonPage(BODY))!;
    expect(slideNotes(deck, 1).map((n) => n.textContent)).toEqual(['Ask about w2.']);
    expect(slideNotes(deck, 2)).toEqual([]);
  });

  it('previews a slide with a copy of its first paragraph (without ids) and the widgets it holds', () => {
    const deck = readDeck(lessonPage(BODY))!;
    const sum = slidePreview(deck, 1);
    expect(sum.paragraph!.innerHTML).toBe('First <b>bold</b> words.');
    expect(sum.paragraph!.id).toBe('');
    expect(sum.paragraph).not.toBe(deck.blocks[2]);
    expect(slidePreview(deck, 2).widgets).toEqual(['Neuron explorer']);
  });
});

describe('showSlide with elements added after the deck was read', () => {
  it('shows and hides an added element with the slide of the block after it', () => {
    const doc = lessonPage(BODY);
    const deck = readDeck(doc)!;
    const bar = doc.createElement('div');
    bar.className = 'nb-bar';
    doc.getElementById('p1')!.before(bar);
    showSlide(deck, 2);
    expect(bar.hasAttribute('data-nn-slide-off')).toBe(true);
    showSlide(deck, 1);
    expect(bar.hasAttribute('data-nn-slide-off')).toBe(false);
    showAll(deck);
    expect(bar.hasAttribute('data-nn-slide-off')).toBe(false);
    expect(bar.hasAttribute('data-nn-slide-block')).toBe(false);
  });
});
