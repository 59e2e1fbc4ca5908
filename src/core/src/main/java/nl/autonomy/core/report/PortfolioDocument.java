package nl.autonomy.core.report;

import nl.autonomy.core.portfolio.Portfolio;

/**
 * The top level of {@code portfolio.json}: its shape's version, what wrote it, and the dashboard.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}; changes only when a field is removed or changes meaning
 * @param tool what wrote it
 * @param portfolio the figures
 */
public record PortfolioDocument(String schemaVersion, ReportDocument.Tool tool, Portfolio portfolio) {

  public static final String SCHEMA_VERSION = "1";

  public static PortfolioDocument of(Portfolio portfolio) {
    return new PortfolioDocument(SCHEMA_VERSION, ReportDocument.Tool.autonomy(), portfolio);
  }
}
