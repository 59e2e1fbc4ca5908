package nl.autonomy.core.report;

import java.io.IOException;
import java.io.OutputStream;
import nl.autonomy.core.ScanResult;

/** {@code report.json}: Autonomy's own result in its documented shape (docs/report-json.md). */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    JsonSupport.writeReport(result, out);
  }
}
