package nl.autonomy.core.report;

import java.io.IOException;
import java.io.OutputStream;
import nl.autonomy.core.ScanResult;

/**
 * Writes a {@link ScanResult} in one output format (CycloneDX JSON, report.json, SARIF, HTML...).
 *
 * <p>Life cycle: writers are found with {@link java.util.ServiceLoader} (one line per class in
 * {@code META-INF/services/nl.autonomy.core.report.ReportWriter}) and created once, with their
 * public no-argument constructor, by {@link ReportWriters#load()}. A writer holds no mutable
 * state: one instance may write several results, also from different threads. {@link #write} is
 * called once per output file with a stream that the caller owns (the writer must not close it);
 * {@link ReportOutput} writes into a temporary file and only moves it into place when every
 * selected writer has succeeded, so a writer that throws leaves nothing half-written.
 *
 * <p>Output must be deterministic: the same result and options give the same bytes. Time comes
 * only from the result's provenance, never from the clock; everything is written sorted.
 */
public interface ReportWriter {

  /** The format id users name in {@code --format}, e.g. {@code cyclonedx-json}, {@code json}. */
  String format();

  /** The file the format is written to inside the output directory, e.g. {@code bom.cdx.json}. */
  String fileName();

  /**
   * Writes the result to {@code out}.
   *
   * @throws IOException when the stream cannot be written
   */
  void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException;

  /**
   * Whether the format is written only when named in {@code --format}, not as part of {@code all}:
   * the contract report hashes every delivered file and lays out a PDF, which a build gate does not
   * need on every run.
   */
  default boolean onRequest() {
    return false;
  }

  /**
   * Whether it shows every delivered file with its size and SHA-256 ({@link ScanResult#delivery()}),
   * so the front end lists and hashes them before writing.
   */
  default boolean needsDelivery() {
    return false;
  }
}
