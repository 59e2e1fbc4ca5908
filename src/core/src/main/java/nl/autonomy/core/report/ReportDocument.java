package nl.autonomy.core.report;

import java.util.Objects;
import nl.autonomy.core.AutonomyVersion;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Coverage;
import nl.autonomy.core.sovereignty.EuCsfEstimate;
import nl.autonomy.core.sovereignty.EuCsfEstimator;

/**
 * The top level of {@code report.json}: which shape it has, what wrote it, and the result.
 *
 * @param schemaVersion the shape's version, {@value #SCHEMA_VERSION}; it changes only when a field
 *     is removed or changes meaning (new fields may appear at any time and readers ignore the ones
 *     they do not know)
 * @param tool what wrote the document
 * @param result the scan result
 * @param coverage share of components with a known vendor and license (absent in reports written
 *     before it was added)
 * @param euCsf the EU Cloud Sovereignty Framework estimate for the code (docs/eu-csf.md; absent in
 *     reports written before it was added); derived from the result, never read back as input
 */
public record ReportDocument(
    String schemaVersion, Tool tool, ScanResult result, Coverage coverage, EuCsfEstimate euCsf) {

  public static final String SCHEMA_VERSION = "1";

  public ReportDocument {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(result, "result");
    tool = tool == null ? Tool.autonomy() : tool;
  }

  public static ReportDocument of(ScanResult result) {
    return new ReportDocument(SCHEMA_VERSION, Tool.autonomy(), result, Coverage.of(result.inventory()),
        EuCsfEstimator.estimate(result.inventory()));
  }

  /**
   * A program that writes reports.
   *
   * @param name its name
   * @param version its version
   * @param informationUri where to read about it
   */
  public record Tool(String name, String version, String informationUri) {

    public static Tool autonomy() {
      return new Tool(AutonomyVersion.NAME, AutonomyVersion.get(), AutonomyVersion.INFORMATION_URI);
    }
  }
}
