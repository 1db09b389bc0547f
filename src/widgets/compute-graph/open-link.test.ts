import { describe, expect, it } from 'vitest';
import { formatOpenGroups, OPEN_LINK_LENGTH, parseOpenGroups } from './open-link';
import { allGroups, MAX_OPEN, openGroup } from './graph-fold';
import { lessonGraph, NETWORKS, snapshot } from './lesson-graph';
import { readUrlState, writeUrlState, type Schema } from '../../lib/url-state';

const bigGroups = () =>
  [...allGroups(snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1'])))]
    .filter((k) => k.includes('N'))
    .sort();

describe('parseOpenGroups(raw, network)', () => {
  it('reads every neuron of 2-4-4-1 alone, and any two in the order written', () => {
    const neurons = bigGroups();
    expect(neurons).toHaveLength(4 + 4 + 1);
    for (const key of neurons) expect(parseOpenGroups(key, '2-4-4-1')).toEqual([key]);
    expect(parseOpenGroups('L3N1,L1N2', '2-4-4-1')).toEqual(['L3N1', 'L1N2']);
    expect(parseOpenGroups('', '2-4-4-1')).toEqual([]);
    expect(parseOpenGroups('', '2-2-1')).toEqual([]);
  });

  it('refuses a whole list for one bad key, and says why', () => {
    expect(parseOpenGroups('L2N9', '2-4-4-1')).toBe('the 2-4-4-1 network has no group L2N9');
    expect(parseOpenGroups('L1N1,L4N1', '2-4-4-1')).toBe('the 2-4-4-1 network has no group L4N1');
    expect(parseOpenGroups('L1', '2-4-4-1')).toBe('L1 cannot be opened in the 2-4-4-1 network');
    expect(parseOpenGroups('L1N1,L1N1', '2-4-4-1')).toBe('L1N1 is listed twice');
    expect(parseOpenGroups('L1N1,L1N2,L2N1', '2-4-4-1')).toBe(
      `at most ${MAX_OPEN} groups are open at once`,
    );
    expect(parseOpenGroups('L1N1', '2-2-1')).toBe(
      'the 2-2-1 network shows every value, so it has no group to open',
    );
  });

  it('refuses garbage before it builds any graph', () => {
    for (const raw of ['<b>', 'L1N1,', ',L1N1', 'l1n1', 'L1N1 L2N1', 'L1N1;L2N1', 'LN1', 'L001N1'])
      expect(parseOpenGroups(raw, '2-4-4-1')).toMatch(/^a group is written L2N1/);
  });
});

describe('formatOpenGroups(expanded)', () => {
  it('writes the keys in the order opened, so parseOpenGroups reads them back the same', () => {
    let expanded = new Set<string>();
    for (const key of ['L1N1', 'L2N3', 'L3N1']) expanded = openGroup(expanded, key).expanded;
    const raw = formatOpenGroups(expanded);
    expect(raw).toBe('L2N3,L3N1');
    expect(parseOpenGroups(raw, '2-4-4-1')).toEqual([...expanded]);
    expect(formatOpenGroups(new Set())).toBe('');
  });

  it('fits the length a link may hold with MAX_OPEN of the longest keys', () => {
    const longest = Array.from({ length: MAX_OPEN }, () => 'L99N99');
    expect(formatOpenGroups(longest).length).toBeLessThanOrEqual(OPEN_LINK_LENGTH);
  });
});

describe('the widget’s link: net and open read together', () => {
  // The schema as ComputeGraph.svelte writes it: the open groups are checked against the network.
  const schema = {
    net: { type: 'choice', values: ['2-2-1', '2-4-4-1'], label: 'network' },
    open: {
      type: 'text',
      maxLength: OPEN_LINK_LENGTH,
      check: (raw: string, before: Readonly<Record<string, string | number>>) => {
        const open = parseOpenGroups(raw, before.net as '2-2-1' | '2-4-4-1');
        return typeof open === 'string' ? open : null;
      },
      label: 'open groups',
    },
  } satisfies Schema;
  const defaults = { net: '2-2-1', open: '' };
  const read = (search: string) => readUrlState(search, 'compute-graph', schema, defaults);

  it('round-trips a network and its open groups', () => {
    const state = { net: '2-4-4-1', open: 'L1N2,L3N1' };
    const url = writeUrlState('https://x.test/', 'compute-graph', state, defaults);
    expect(url).toBe('https://x.test/?compute-graph.net=2-4-4-1&compute-graph.open=L1N2%2CL3N1');
    expect(read(new URL(url).search)).toEqual({ state, problems: [] });
  });

  it('drops bad open groups with a notice and keeps the network', () => {
    expect(read('?compute-graph.net=2-4-4-1&compute-graph.open=L1N1,L2N1,L3N1')).toEqual({
      state: { net: '2-4-4-1', open: '' },
      problems: [
        `open groups: “L1N1,L2N1,L3N1” cannot be used (at most ${MAX_OPEN} groups are open at once); started afresh.`,
      ],
    });
  });

  it('checks open groups against the network the link ends up with', () => {
    const { state, problems } = read('?compute-graph.net=9-9-9&compute-graph.open=L1N1');
    expect(state).toEqual(defaults);
    expect(problems).toEqual([
      'network: “9-9-9” is not one of 2-2-1, 2-4-4-1; kept 2-2-1.',
      'open groups: “L1N1” cannot be used (the 2-2-1 network shows every value, so it has no group to open); started afresh.',
    ]);
  });
});
