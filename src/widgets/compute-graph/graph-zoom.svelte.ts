import { FIT_MARGIN, fitZoom, nextZoom, type Size } from './fit-zoom';

/**
 * How the graph widget's picture is zoomed: fitted, so the whole graph shows in its box (and stays
 * whole when the box changes size, a phone turned, say), or at a zoom the reader chose. The box is
 * as tall as the zoomed picture needs, up to a limit, so a wide graph fitted to a phone's width is
 * not lost in an empty box. The component tells it the sizes; the reader's buttons call the methods.
 */
export class GraphZoom {
  /** The room the picture may have, in pixels: the viewport's inner width, and its tallest height. */
  box: Size = $state.raw({ width: 0, height: 0 });
  /** The picture's size at 100%, or null before its layout is known. */
  #picture: () => Size | null;
  /** True while the zoom follows the fit; false once the reader zoomed or a group changed size. */
  fitted = $state(true);
  #chosen = $state(1);

  /** The zoom at which the whole picture fits the box (at most 100%). */
  fit = $derived.by(() => {
    const picture = this.#picture();
    return picture && this.box.width > 0 ? fitZoom(picture, this.box) : 1;
  });
  zoom = $derived(this.fitted ? this.fit : this.#chosen);
  /** The viewport's inner height for the picture at this zoom, or null before its layout is known. */
  height = $derived.by(() => {
    const picture = this.#picture();
    return picture ? Math.min(picture.height * this.zoom + 2 * FIT_MARGIN, this.box.height) : null;
  });
  canZoomIn = $derived(nextZoom(this.zoom, 1, this.fit) !== this.zoom);
  canZoomOut = $derived(nextZoom(this.zoom, -1, this.fit) !== this.zoom);

  constructor(picture: () => Size | null) {
    this.#picture = picture;
  }

  zoomIn(): void {
    this.#choose(nextZoom(this.zoom, 1, this.fit));
  }
  zoomOut(): void {
    this.#choose(nextZoom(this.zoom, -1, this.fit));
  }
  /** Shows the whole graph, and keeps it whole as the box or the picture changes size. */
  fitWhole(): void {
    this.fitted = true;
  }
  /** Keeps the zoom as it is now while the picture changes size (a group opens or folds). */
  hold(): void {
    this.#choose(this.zoom);
  }
  /** A network's first view: the whole graph when `whole`, else 100%. */
  start(whole: boolean): void {
    this.#chosen = 1;
    this.fitted = whole;
  }
  #choose(zoom: number): void {
    this.#chosen = zoom;
    this.fitted = false;
  }
}
