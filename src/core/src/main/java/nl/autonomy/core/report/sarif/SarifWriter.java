package nl.autonomy.core.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;

/**
 * {@code report.sarif}: the findings as SARIF 2.1.0, for GitHub and GitLab code scanning and IDEs.
 * One result per finding, located at its evidence (file relative to the scanned root, line and
 * column where known), with a partial fingerprint that stays the same across runs so code scanning
 * tracks a finding instead of re-raising it.
 */
public final class SarifWriter implements ReportWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "report.sarif";
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    MAPPER.writeValue(out, new SarifLogBuilder(MAPPER.getNodeFactory()).build(result));
    out.write('\n');
  }
}
