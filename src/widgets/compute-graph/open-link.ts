import { allGroups, MAX_OPEN, openGroups, widgetFold } from './graph-fold';
import { lessonGraph, NETWORKS, snapshot, type NetworkName } from './lesson-graph';

/**
 * The graph widget's open groups in a shared link: `L1N2,L3N1`, the keys in the order the reader
 * opened them, so that opening one more in the reopened link folds the same one again.
 */

/** The open groups as the link writes them ('' when every group is folded). */
export const formatOpenGroups = (expanded: Iterable<string>): string => [...expanded].join(',');

/** The longest list a link may hold: MAX_OPEN keys such as `L12N34`, and their commas. */
export const OPEN_LINK_LENGTH = 40;

/**
 * Reads a link's open groups for `network`: their keys in the order opened, or what is wrong with
 * them in a few words. A list is refused whole (a key that is no group of the network, a group it
 * cannot open, a key twice, more than MAX_OPEN), never half used.
 */
export function parseOpenGroups(raw: string, network: NetworkName): string[] | string {
  if (raw === '') return [];
  const keys = raw.split(',');
  const bad = keys.find((k) => !/^L\d{1,2}(N\d{1,2})?$/.test(k));
  if (bad !== undefined) return `a group is written L2N1, for neuron 1 of layer 2; “${bad}” is not`;
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice !== undefined) return `${twice} is listed twice`;
  if (keys.length > MAX_OPEN) return `at most ${MAX_OPEN} groups are open at once`;
  const graph = snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS[network]));
  const fold = widgetFold(graph);
  if (fold === null) return `the ${network} network shows every value, so it has no group to open`;
  const groups = allGroups(graph);
  const unknown = keys.find((k) => !groups.has(k));
  if (unknown !== undefined) return `the ${network} network has no group ${unknown}`;
  const open = openGroups(graph, fold, new Set(keys));
  const shut = keys.find((k) => !open.includes(k));
  if (shut !== undefined) return `${shut} cannot be opened in the ${network} network`;
  return keys;
}
