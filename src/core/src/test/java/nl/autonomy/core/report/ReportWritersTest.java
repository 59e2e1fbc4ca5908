package nl.autonomy.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import nl.autonomy.core.ScanResult;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

  private final ReportWriters writers = ReportWriters.load();

  @Test
  void theServiceLoaderFindsTheBuiltInWritersWithTheirFileNames() {
    assertThat(writers.formats()).contains("cyclonedx-json", "cyclonedx-xml", "json").isSorted();
    assertThat(writers.select(List.of("cyclonedx-json", "cyclonedx-xml", "json")))
        .extracting(ReportWriter::fileName).containsExactly("bom.cdx.json", "bom.cdx.xml", "report.json");
  }

  @Test
  void allOrNothingNamedSelectsEveryWriter() {
    assertThat(writers.select(List.of("all"))).isEqualTo(writers.all());
    assertThat(writers.select(List.of())).isEqualTo(writers.all());
    assertThat(writers.select(List.of("json", " ALL "))).isEqualTo(writers.all());
  }

  @Test
  void aSelectionIsSortedAndWithoutDuplicates() {
    assertThat(writers.select(List.of("json", "cyclonedx-xml", "json", " CycloneDX-XML ")))
        .extracting(ReportWriter::format).containsExactly("cyclonedx-xml", "json");
  }

  @Test
  void anUnknownFormatNamesTheAllowedOnes() {
    assertThatThrownBy(() -> writers.select(List.of("json", "spdx", "pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'spdx', 'pdf'")
        .hasMessageContaining("allowed: " + String.join(", ", writers.formats()) + " or all");
    assertThatThrownBy(() -> writers.select(List.of("all", "pdf")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pdf'");
  }

  @Test
  void twoWritersClaimingOneFormatAreRefused() {
    assertThatThrownBy(() -> new ReportWriters(List.of(new Named("json"), new Named("json"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'json'");
  }

  private record Named(String format) implements ReportWriter {
    @Override
    public String fileName() {
      return format + ".out";
    }

    @Override
    public void write(ScanResult result, WriterOptions options, OutputStream out) throws IOException {
      out.write(format.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
