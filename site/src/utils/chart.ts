import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { DatasetTable } from '../content/schemas';

// A dataset's chart as plain geometry, computed at build time with d3's scales and line
// generator; DatasetChart.astro draws it as an SVG, so the page ships no JavaScript. Every figure
// of the table is one mark (a bar, or a point on a line), and the table below the chart carries the
// same numbers for readers who cannot see it.

export const CHART = { width: 720, plotHeight: 340, top: 16, right: 16, left: 72 } as const;

/** Series colours: each at least 3:1 against white (WCAG 2.1 1.4.11, non-text contrast). */
export const SERIES_COLOURS = ['#1f5fa8', '#b3261e', '#2e7d32', '#6a1b9a', '#a84300', '#00695c', '#5d4037', '#37474f'];

export interface Mark {
  series: number;
  label: string;
  value: number;
  /** Bars: the rectangle; points: its centre in x, y. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  kind: 'bar' | 'line';
  width: number;
  height: number;
  /** Where the plot ends at the bottom: x labels go below. */
  bottom: number;
  marks: Mark[];
  /** One path per series of a line chart. */
  lines: Array<{ series: number; d: string }>;
  yTicks: Array<{ y: number; label: string }>;
  xLabels: Array<{ x: number; label: string }>;
  /** Whether the x labels are turned to fit. */
  slanted: boolean;
  /** The y of the zero line. */
  zero: number;
}

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A figure as Vietnamese readers write it: 18.402,5. */
export const formatFigure = (value: number): string => numbers.format(value);

/** The chart of a table (bars grouped by row, or one line per column). */
export const chartGeometry = (table: DatasetTable, kind: 'bar' | 'line'): ChartGeometry => {
  const slanted = table.rows.length > 6 || table.rows.some((r) => r.label.length > 14);
  // Turned labels need room below the plot: about 4.6 units a character at 12 px and 40°.
  const longest = Math.max(...table.rows.map((r) => r.label.length));
  const under = slanted ? Math.min(170, Math.ceil(24 + longest * 4.6)) : 40;
  const height = CHART.plotHeight + under;
  const bottom = height - under;
  const values = table.rows.flatMap((r) => r.values);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([bottom, CHART.top]);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  const labels = table.rows.map((r) => r.label);
  const plot: [number, number] = [CHART.left, CHART.width - CHART.right];
  const zero = y(0);
  const marks: Mark[] = [];
  const lines: ChartGeometry['lines'] = [];
  let xOf: (label: string) => number;

  if (kind === 'bar') {
    const groups = scaleBand<string>().domain(labels).range(plot).paddingInner(0.2).paddingOuter(0.1);
    const inner = scaleBand<number>()
      .domain(table.columns.map((_, i) => i))
      .range([0, groups.bandwidth()])
      .padding(0.05);
    xOf = (label) => (groups(label) ?? 0) + groups.bandwidth() / 2;
    table.rows.forEach((row) =>
      row.values.forEach((value, series) => {
        const top = Math.min(y(value), zero);
        marks.push({
          series,
          label: row.label,
          value,
          x: (groups(row.label) ?? 0) + (inner(series) ?? 0),
          y: top,
          width: inner.bandwidth(),
          // A zero still shows as a hairline, so every figure has its mark.
          height: Math.max(Math.abs(y(value) - zero), 1),
        });
      })
    );
  } else {
    const points = scalePoint<string>().domain(labels).range(plot).padding(0.5);
    xOf = (label) => points(label) ?? 0;
    table.columns.forEach((_, series) => {
      const path = line<DatasetTable['rows'][number]>()
        .x((row) => xOf(row.label))
        .y((row) => y(row.values[series]))(table.rows);
      lines.push({ series, d: path ?? '' });
      table.rows.forEach((row) =>
        marks.push({
          series,
          label: row.label,
          value: row.values[series],
          x: xOf(row.label),
          y: y(row.values[series]),
          width: 0,
          height: 0,
        })
      );
    });
  }

  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    kind,
    width: CHART.width,
    height,
    bottom,
    marks: marks.map((m) => ({ ...m, x: round(m.x), y: round(m.y), width: round(m.width), height: round(m.height) })),
    lines,
    yTicks: y.ticks(5).map((t) => ({ y: round(y(t)), label: formatFigure(t) })),
    xLabels: labels.map((label) => ({ x: round(xOf(label)), label })),
    slanted,
    zero: round(zero),
  };
};
