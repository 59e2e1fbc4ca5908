package nl.autonomy.core.sbom;

import java.io.IOException;
import java.io.OutputStream;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import org.cyclonedx.Format;

/** {@code bom.cdx.xml}: CycloneDX 1.6 XML, schema-validated before it is written. */
public final class CycloneDxXmlWriter implements ReportWriter {

  @Override
  public String format() {
    return "cyclonedx-xml";
  }

  @Override
  public String fileName() {
    return "bom.cdx.xml";
  }

  @Override
  public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
    BomRenderer.render(Reproducible.mark(new CycloneDxMapper().map(result), options), Format.XML, out);
  }
}
