package org.amparo.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stacked column chart drawn as inline SVG by the {@code home-plot} fragment, with everything a screen reader needs
 * beside it: a title, a one-sentence summary and the same numbers as a table. Geometry is computed here in the
 * SVG's own user units, so the template only copies numbers. Aggregates only, no personal data. Immutable.
 *
 * @param id the element id of the chart's section
 * @param title the chart's title
 * @param summary what the chart shows, in words
 * @param series the name of each stacked series, bottom first
 * @param rows one column each, in drawing order
 * @param extraColumn the heading of a last table column that is not drawn (a rate), or empty
 * @param seconds whether the values are durations in seconds (the axis writes them as such)
 */
public record Plot(
        String id,
        String title,
        String summary,
        List<String> series,
        List<Row> rows,
        String extraColumn,
        boolean seconds) {
    /** Width of one column slot, in user units, when there are many columns. */
    static final int SLOT = 36;
    /** Width of one column slot when there are few. */
    static final int WIDE_SLOT = 72;
    /** Height of the drawing area, in user units. */
    static final int HEIGHT = 160;
    /** Room left of the columns for the axis values. */
    static final int LEFT = 60;
    /** Room under the columns for the labels. */
    static final int BOTTOM = 34;

    public Plot {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
    }

    /**
     * One column: its label, the value of each series (drawn), the same values as the table writes them, and the
     * optional extra cell.
     */
    public record Row(String label, List<Long> values, List<String> cells, String extra) {
        public Row {
            values = List.copyOf(values);
            cells = List.copyOf(cells);
            if (values.size() != cells.size()) {
                throw new IllegalArgumentException("one cell per value");
            }
        }

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One drawn rectangle, with the text of its tooltip. */
    public record Bar(int x, double y, int width, double height, int series, String tooltip) {
        public String yText() {
            return String.format(Locale.ROOT, "%.2f", y);
        }

        public String heightText() {
            return String.format(Locale.ROOT, "%.2f", height);
        }
    }

    /** One text placed on the chart. */
    public record Label(int x, int y, String text) {}

    /** The width of one column's slot: wider when there are few columns. */
    public int slot() {
        return rows.size() > 12 ? SLOT : WIDE_SLOT;
    }

    public int width() {
        return LEFT + Math.max(1, rows.size()) * slot() + 8;
    }

    public int height() {
        return HEIGHT + BOTTOM + 10;
    }

    /** Where the columns start, in user units. */
    public int axisStart() {
        return LEFT;
    }

    /** The y of the columns' base line, in user units. */
    public int baseline() {
        return 10 + HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + width() + " " + height();
    }

    /** The largest column's total, at least 1. */
    public long max() {
        return Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(0));
    }

    public boolean empty() {
        return rows.stream().allMatch(r -> r.total() == 0);
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        double scale = (double) HEIGHT / max();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double base = 10 + HEIGHT;
            for (int s = 0; s < row.values().size(); s++) {
                long value = row.values().get(s);
                if (value > 0) {
                    double h = value * scale;
                    base -= h;
                    bars.add(new Bar(
                            LEFT + i * slot() + 6,
                            base,
                            slot() - 12,
                            h,
                            s,
                            row.label() + " · " + series.get(s) + ": "
                                    + row.cells().get(s)));
                }
            }
        }
        return bars;
    }

    /** Column labels; with many columns only every second or third is written, so they do not overlap. */
    public List<Label> columnLabels() {
        int every = rows.size() > 16 ? 3 : 1;
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += every) {
            labels.add(new Label(
                    LEFT + i * slot() + slot() / 2,
                    10 + HEIGHT + 18,
                    rows.get(i).label()));
        }
        return labels;
    }

    /** The axis: zero and the largest column's total. */
    public List<Label> axisLabels() {
        return List.of(
                new Label(LEFT - 6, 10 + HEIGHT, "0"),
                new Label(LEFT - 6, 18, seconds ? DispatchRows.duration(max()) : Long.toString(max())));
    }
}
