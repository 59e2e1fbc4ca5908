package nl.autonomy.core.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ContractResults;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.report.html.ProcurementHtmlWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * contract.pdf checked by veraPDF, the PDF Association's reference validator, not by the library
 * that wrote it: PDF/A-2a (what the file claims) and the machine-checkable part of PDF/UA-1, in
 * Dutch and in English, on a delivery whose names carry what scanned input can carry.
 */
class ProcurementPdfAConformanceTest {

  private static final WriterOptions DUTCH = new WriterOptions(Locale.forLanguageTag("nl"));

  @TempDir
  Path dir;

  @Test
  void aDutchContractOfAHostileDeliveryIsPdfA2aAndPdfUa1ByVeraPdf() throws Exception {
    ScanResult result = ContractResults.hostile(dir);
    byte[] pdf = new ProcurementPdfWriter().render(result, DUTCH);

    VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
    assertThat(pdfa.failures()).as(pdfa.summary()).isEmpty();
    assertThat(pdfa.compliant()).as(pdfa.summary()).isTrue();
    // the profile was really applied: PDF/A-2a has some 150 rules, checked many thousand times over 15+ pages
    assertThat(pdfa.rules()).isGreaterThan(100);
    assertThat(pdfa.checks()).isGreaterThan(10_000);
    VeraPdf.Report ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
    assertThat(ua.failures()).as(ua.summary()).isEmpty();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("the delivered files' table runs over pages").isGreaterThan(8);
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      // the Dutch and typographic characters are drawn as themselves
      assertThat(text).contains("’s-Hertogenbosch (€ 1,2 miljoen, coöperatie)", "geëvalueerd", "NIET VOLDAAN",
          "ONTHEFFING", "VOLDAAN", "<script>alert(1)</script>");
      // what the font has no glyph for, and the invisible controls that would reorder a name, as code points
      assertThat(text).contains("[U+5730][U+56F3]", "[U+202E]exe.txt[U+202C]", "[U+1F4E6]", "[U+FFFD]",
          "als Unicode-codepunt, [U+XXXX]");
      assertThat(text).doesNotContain("\u202e", "\u5730", "#");
    }
  }

  @Test
  void theEnglishContractOfTheDeliveredWarIsPdfA2aByVeraPdf() throws Exception {
    byte[] pdf = new ProcurementPdfWriter().render(ContractResults.delivered(dir), WriterOptions.defaults());
    VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
    assertThat(pdfa.failures()).as(pdfa.summary()).isEmpty();
    assertThat(pdfa.compliant()).isTrue();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // nothing in this delivery needs a code point, so the page has no note about them
      assertThat(new PDFTextStripper().getText(doc)).doesNotContain("[U+", "Unicode code point");
    }
  }

  @Test
  void veraPdfFindsTheViolationsOfTheSamePageWrittenWithoutPdfA() throws Exception {
    // the control: the same XHTML laid out without PDF/A (no output intent, no XMP metadata, fonts
    // left to PDFBox's standard 14, which are not embedded) must fail, and the failures must name the rules
    String page = new ProcurementHtmlWriter().render(ContractResults.delivered(dir), WriterOptions.defaults());
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    new PdfRendererBuilder().useFastMode().withHtmlContent(page, null).toStream(plain).run();

    VeraPdf.Report report = VeraPdf.validate(plain.toByteArray(), PDFAFlavour.PDFA_2_A);
    assertThat(report.compliant()).isFalse();
    assertThat(report.failures()).extracting(VeraPdf.Failure::rule)
        // no XMP metadata stream; a font not embedded
        .contains("ISO 19005-2:2011 6.6.2.1-1", "ISO 19005-2:2011 6.2.11.4.1-1");
    assertThat(report.summary()).contains("NOT compliant", "rules failed");
  }
}
