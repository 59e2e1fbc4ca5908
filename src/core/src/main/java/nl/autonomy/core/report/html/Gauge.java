package nl.autonomy.core.report.html;

import java.util.Locale;

/** A round score gauge (0..100) as inline SVG; the number is also written as text for everyone. */
final class Gauge {

  private static final double RADIUS = 42;
  private static final double CIRCUMFERENCE = 2 * Math.PI * RADIUS;

  private Gauge() {
  }

  static void render(Html h, String label, double score, String accessibleText) {
    int rounded = nl.autonomy.core.model.Score.whole(score);
    String colour = rounded >= 80 ? "#1b5e20" : rounded >= 50 ? "#7a4a00" : "#a1001a";
    String filled = String.format(Locale.ROOT, "%.2f %.2f", CIRCUMFERENCE * score / 100, CIRCUMFERENCE);
    h.open("li")
        .open("svg", "viewBox", "0 0 100 100", "role", "img", "aria-label", accessibleText)
        .open("circle", "cx", "50", "cy", "50", "r", "42", "fill", "none", "stroke", "#e3e5e8", "stroke-width", "10")
        .close("circle")
        .open("circle", "cx", "50", "cy", "50", "r", "42", "fill", "none", "stroke", colour, "stroke-width", "10",
            "stroke-dasharray", filled, "transform", "rotate(-90 50 50)")
        .close("circle")
        .open("text", "x", "50", "y", "57", "text-anchor", "middle", "font-size", "24", "font-weight", "700",
            "fill", "#1a1a1a")
        .text(String.valueOf(rounded)).close("text")
        .close("svg")
        .open("div").element("strong", label).close("div")
        .close("li");
  }
}
