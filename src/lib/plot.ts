/**
 * The part of Observable Plot the site draws with. Widgets load Plot through this module, so the
 * browser downloads only these marks and what they need, not the whole library. Add a mark here
 * when a chart needs one.
 */
export {
  plot,
  line,
  lineY,
  dot,
  ruleX,
  ruleY,
  text,
  cell,
  rect,
  areaY,
  barY,
  arrow,
  link,
  raster,
  contour,
  frame,
  gridX,
  gridY,
  axisX,
  axisY,
  tip,
  pointer,
  pointerX,
  identity,
} from '@observablehq/plot';
