package nl.autonomy.core.report.html;

import java.util.List;
import java.util.Locale;
import nl.autonomy.core.report.view.ReportTexts;
import nl.autonomy.core.report.view.Share;

/**
 * A horizontal bar chart as inline SVG with its text equivalent: a table that screen readers read
 * instead of the picture (the SVG is hidden from them).
 */
final class BarChart {

  private static final int ROW = 26;
  private static final int LABEL_WIDTH = 170;
  private static final int BAR_WIDTH = 230;
  private static final int MAX_LABEL = 26;

  private BarChart() {
  }

  static void render(Html h, String id, String title, List<Share> shares, ReportTexts t) {
    h.open("figure", "class", "chart", "aria-labelledby", id).element("figcaption", title, "id", id);
    int height = Math.max(ROW, shares.size() * ROW);
    int width = LABEL_WIDTH + BAR_WIDTH + 70;
    h.open("svg", "viewBox", "0 0 " + width + " " + height, "width", String.valueOf(width),
        "height", String.valueOf(height), "aria-hidden", "true",
        "focusable", "false");
    for (int i = 0; i < shares.size(); i++) {
      Share s = shares.get(i);
      int y = i * ROW;
      double bar = Math.max(1, BAR_WIDTH * s.percent() / 100);
      h.open("text", "x", String.valueOf(LABEL_WIDTH - 6), "y", String.valueOf(y + 17), "text-anchor", "end",
          "font-size", "12", "fill", "#1a1a1a").text(shorten(s.label())).close("text")
          .open("rect", "x", String.valueOf(LABEL_WIDTH), "y", String.valueOf(y + 4), "height", "18",
              "width", String.format(Locale.ROOT, "%.1f", bar), "fill", colour(i)).close("rect")
          .open("text", "x", String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + bar + 5), "y", String.valueOf(y + 17),
              "font-size", "12", "fill", "#1a1a1a").text(percent(s) + " (" + s.count() + ")").close("text");
    }
    h.close("svg");
    h.open("table", "class", "sr-only").element("caption", title).open("thead").open("tr")
        .element("th", title, "scope", "col").element("th", t.get("chart.count"), "scope", "col")
        .element("th", t.get("chart.share"), "scope", "col").close("tr").close("thead").open("tbody");
    for (Share s : shares) {
      h.open("tr").element("th", s.label(), "scope", "row").element("td", String.valueOf(s.count()))
          .element("td", percent(s)).close("tr");
    }
    h.close("tbody").close("table").close("figure").newline();
  }

  static String percent(Share s) {
    return String.format(Locale.ROOT, "%.0f%%", s.percent());
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }

  /** A fixed palette, every colour dark enough for the white page. */
  private static String colour(int i) {
    String[] palette = {"#1d4e89", "#2e7d32", "#8e24aa", "#c62828", "#00695c", "#6d4c41", "#37474f", "#ad1457"};
    return palette[i % palette.length];
  }
}
