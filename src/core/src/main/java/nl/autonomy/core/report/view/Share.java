package nl.autonomy.core.report.view;

/**
 * One bar of a chart: how many runtime components fall under a label.
 *
 * @param label the vendor, jurisdiction or license category as shown
 * @param count how many components
 * @param total how many components were counted in all
 */
public record Share(String label, int count, int total) {

  /** The share in percent, 0 when nothing was counted. */
  public double percent() {
    return total == 0 ? 0 : 100.0 * count / total;
  }
}
