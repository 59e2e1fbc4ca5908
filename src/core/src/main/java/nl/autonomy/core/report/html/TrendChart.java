package nl.autonomy.core.report.html;

import java.util.List;
import java.util.Locale;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.portfolio.ApplicationView;
import nl.autonomy.core.portfolio.CityScore;
import nl.autonomy.core.report.view.ReportTexts;

/**
 * Line charts as inline SVG: the city's scores over time (overall and per aspect, with a legend
 * and the figures in a table for everyone who does not read the picture), and a small sparkline of
 * one application's runs.
 */
final class TrendChart {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 220;
  private static final int LEFT = 36;
  private static final int BOTTOM = 24;
  private static final String[] COLOURS = {"#1a1a1a", "#1d4e89", "#2e7d32", "#8e24aa"};

  private TrendChart() {
  }

  static void city(Html h, List<CityScore> timeline, ReportTexts t) {
    String title = t.get("portfolio.trend.chart");
    h.open("figure", "class", "chart", "aria-labelledby", "trend-chart-h").element("figcaption", title, "id",
        "trend-chart-h");
    h.open("svg", "class", "trend", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", String.valueOf(WIDTH),
        "height", String.valueOf(HEIGHT), "aria-hidden", "true", "focusable", "false");
    for (int v = 0; v <= 100; v += 25) {
      double y = y(v);
      h.open("line", "x1", String.valueOf(LEFT), "x2", String.valueOf(WIDTH - 4), "y1", f(y), "y2", f(y), "stroke",
          "#d0d0d0", "stroke-width", "1").close("line")
          .open("text", "x", String.valueOf(LEFT - 6), "y", f(y + 4), "text-anchor", "end", "font-size", "11",
              "fill", "#4a4a4a").text(String.valueOf(v)).close("text");
    }
    int n = timeline.size();
    for (int series = 0; series < 4; series++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < n; i++) {
        CityScore c = timeline.get(i);
        if (c.scores() == null) {
          continue;
        }
        double v = series == 0 ? c.scores().overall() : c.scores().of(Aspect.values()[series - 1]);
        points.append(points.length() == 0 ? "" : " ").append(f(x(i, n))).append(',').append(f(y(v)));
      }
      if (points.length() > 0) {
        h.open("polyline", "points", points.toString(), "fill", "none", "stroke", COLOURS[series], "stroke-width",
            series == 0 ? "3" : "1.6").close("polyline");
        // a line needs two days; a first day (or a few) shows as dots
        if (n <= 31) {
          for (String xy : points.toString().split(" ")) {
            String[] c = xy.split(",");
            h.open("circle", "cx", c[0], "cy", c[1], "r", series == 0 ? "4" : "3", "fill", COLOURS[series])
                .close("circle");
          }
        }
      }
    }
    if (n > 0) {
      h.open("text", "x", String.valueOf(LEFT), "y", String.valueOf(HEIGHT - 6), "font-size", "11", "fill", "#4a4a4a")
          .text(timeline.get(0).date().toString()).close("text")
          .open("text", "x", String.valueOf(WIDTH - 4), "y", String.valueOf(HEIGHT - 6), "text-anchor", "end",
              "font-size", "11", "fill", "#4a4a4a").text(timeline.get(n - 1).date().toString()).close("text");
    }
    h.close("svg");
    h.open("ul", "class", "legend");
    legend(h, 0, t.get("score.overall"));
    for (Aspect a : Aspect.values()) {
      legend(h, 1 + a.ordinal(), t.label("aspect", a));
    }
    h.close("ul").close("figure").newline();
  }

  /** A colour swatch (inline SVG, constant colours) and the series' name. */
  private static void legend(Html h, int series, String label) {
    h.open("li").raw("<svg width=\"22\" height=\"6\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"22\""
        + " height=\"6\" fill=\"" + COLOURS[series] + "\"></rect></svg> ").text(label).close("li");
  }

  /** A sparkline of one application's overall scores, oldest first; runs without a score are gaps. */
  static void spark(Html h, List<ApplicationView.TrendPoint> trend) {
    int w = 80;
    int hgt = 22;
    StringBuilder points = new StringBuilder();
    int n = trend.size();
    for (int i = 0; i < n; i++) {
      Double v = trend.get(i).overall();
      if (v == null) {
        continue;
      }
      double x = n == 1 ? w / 2.0 : 2 + (w - 4) * i / (double) (n - 1);
      double y = 2 + (hgt - 4) * (100 - v) / 100;
      points.append(points.length() == 0 ? "" : " ").append(f(x)).append(',').append(f(y));
    }
    h.open("svg", "class", "spark", "viewBox", "0 0 " + w + " " + hgt, "width", String.valueOf(w), "height",
        String.valueOf(hgt), "aria-hidden", "true", "focusable", "false");
    h.open("rect", "width", String.valueOf(w), "height", String.valueOf(hgt), "fill", "#f3f4f6").close("rect");
    if (points.indexOf(" ") > 0) {
      h.open("polyline", "points", points.toString(), "fill", "none", "stroke", "#1d4e89", "stroke-width", "1.5")
          .close("polyline");
    } else if (points.length() > 0) {
      String[] xy = points.toString().split(",");
      h.open("circle", "cx", xy[0], "cy", xy[1], "r", "2.5", "fill", "#1d4e89").close("circle");
    }
    h.close("svg");
  }

  private static double x(int i, int n) {
    return n == 1 ? (LEFT + WIDTH) / 2.0 : LEFT + 6 + (WIDTH - LEFT - 14) * i / (double) (n - 1);
  }

  private static double y(double v) {
    return 8 + (HEIGHT - BOTTOM - 8) * (100 - v) / 100;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
