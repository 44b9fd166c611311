// The outlets view's SVG bar chart as markup (React's server renderer, no DOM needed): a bar
// per outlet in the order given, each a focusable button whose name says the outlet and the
// value, a bar as long as its share, and "Show all" past the cap.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  OUTLET_CHART,
  OutletChart,
} from '../../../../../renderer/src/components/outlets/OutletChart';
import type { Bar } from '../../../../../renderer/src/components/outlets/outlet-bars';

const bar = (outlet: string, count: number, reprints: number): Bar => ({
  outlet,
  value: count / reprints,
  count,
  reprints,
  stories: reprints,
});

const WIDTH = 700;
const AREA = WIDTH - OUTLET_CHART.labelWidth - OUTLET_CHART.valueWidth;

function render(bars: Bar[], selected: string | null = null): string {
  return renderToStaticMarkup(
    createElement(OutletChart, {
      chart: 'creditDropped',
      bars,
      width: WIDTH,
      selected,
      onOpen: () => undefined,
    }),
  );
}

// The attributes of every <tag> in the markup.
const attrs = (h: string, tag: string): Record<string, string>[] =>
  [...h.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? '']),
    ),
  );

describe('OutletChart', () => {
  const bars = [bar('Daily Courier', 2, 3), bar('Valley Times', 0, 3), bar('Coast Ledger', 1, 4)];

  it('draws one focusable button per outlet, in the order given, named with its value', () => {
    const h = render(bars);
    const buttons = attrs(h, 'g').filter((g) => g.role === 'button');
    expect(buttons.map((b) => b['aria-label'])).toEqual([
      'Daily Courier: 67% (2 of 3 reprints). Show the stories.',
      'Valley Times: 0% (0 of 3 reprints). Show the stories.',
      'Coast Ledger: 25% (1 of 4 reprints). Show the stories.',
    ]);
    expect(buttons.every((b) => b.tabindex === '0')).toBe(true);
    expect(h).toContain('Drops the agency or outlet credit');
    expect(h).toMatch(/<svg[^>]*role="group"[^>]*aria-labelledby="chart-creditDropped-title"/);
  });

  it('makes each bar as long as its share of the bar area', () => {
    const fills = attrs(render(bars), 'rect').filter((r) => r.class === 'outlet-bar-fill');
    expect(fills.map((r) => Number(r.width))).toEqual([(2 / 3) * AREA, 0, 0.25 * AREA]);
    expect(fills.every((r) => r.x === String(OUTLET_CHART.labelWidth))).toBe(true);
  });

  it('shows each outlet’s name and value as text, cutting long names', () => {
    const long = 'The Extremely Long Name of a Regional Newspaper';
    const h = render([bar(long, 1, 2)]);
    expect(h).toContain('50% · 1 of 2');
    expect(h).toContain(`${long.slice(0, OUTLET_CHART.labelChars - 1)}…`);
    // The full name stays in the bar's tooltip and accessible name.
    expect(h).toContain(`<title>${long}: 50% (1 of 2 reprints)</title>`);
  });

  it('marks the selected outlet, and offers the rest past the cap', () => {
    const many = Array.from({ length: OUTLET_CHART.maxBars + 5 }, (_, i) =>
      bar(`Outlet ${i}`, 1, 2),
    );
    const h = render(many, 'Outlet 3');
    const buttons = attrs(h, 'g').filter((g) => g.role === 'button');
    expect(buttons).toHaveLength(OUTLET_CHART.maxBars);
    expect(buttons.filter((b) => b['aria-pressed'] === 'true').map((b) => b['aria-label'])).toEqual(
      [expect.stringMatching(/^Outlet 3:/)],
    );
    expect(h).toContain(`Show all ${OUTLET_CHART.maxBars + 5} outlets`);
    expect(render(bars)).not.toContain('Show all');
  });
});
