package nl.autonomy.core.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ContractResults;
import nl.autonomy.core.report.WriterOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** contract.pdf parsed back with PDFBox: its text, its PDF/A-2a identification, tags, embedded fonts, same bytes twice. */
class ProcurementPdfWriterTest {

  private static final WriterOptions DUTCH = new WriterOptions(Locale.forLanguageTag("nl"));

  @TempDir
  Path dir;

  @Test
  void theDutchContractPdfIsPdfA2aTaggedWithEmbeddedFontsTheClausesAndTheDeliveredFiles() throws Exception {
    ScanResult result = ContractResults.delivered(dir);
    byte[] pdf = new ProcurementPdfWriter().render(result, DUTCH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // a rule id wraps at its hyphen in the narrow column
      String text = new PDFTextStripper().getText(doc).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
      assertThat(text).contains("Contractrapport", "Per bepaling", "VOLDAAN", "NIET VOLDAAN", "ONTHEFFING",
          "component-identified", "service-jurisdiction", "Harde lock-in", "parkeren-1.4.0.war",
          result.assessment().policyDigest().substring(0, 30), "Uitwegen uit wat vastzit", "MinIO");

      XMPMetadata xmp = lenient().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
      PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
      assertThat(pdfa.getPart()).isEqualTo(2);
      assertThat(pdfa.getConformance()).isEqualTo("A");
      // level A: a tagged logical structure, marked as such
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(xmp.getDublinCoreSchema().getTitle())
          .startsWith("Contractrapport: ");
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(result.inventory().provenance().timestamp());
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(result.inventory().provenance().timestamp());
      assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
          .satisfies(i -> assertThat(i.getDestOutputIntent()).isNotNull());
      assertThat(doc.getDocumentCatalog().getCOSObject().getString(COSName.LANG)).isEqualTo("nl");

      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(f -> {
        assertThat(f.isEmbedded()).as(f.getName()).isTrue();
        assertThat(f.getName()).contains("LiberationSans");
      });
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    }
  }

  private static DomXmpParser lenient() throws Exception {
    DomXmpParser parser = new DomXmpParser();
    parser.setStrictParsing(false);
    return parser;
  }

  @Test
  void inEnglishTheCodePointsAreExplainedAboveTheFooter() throws Exception {
    byte[] pdf = new ProcurementPdfWriter().render(ContractResults.hostile(dir), WriterOptions.defaults());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("[U+5730][U+56F3]", "characters of the scanned input that this PDF's font cannot show",
          "are written as Unicode code point, [U+XXXX]; report.json holds the text as it was read.");
    }
  }

  @Test
  void theSameResultGivesTheSameBytes() throws Exception {
    ScanResult result = ContractResults.delivered(dir);
    assertThat(new ProcurementPdfWriter().render(result, WriterOptions.defaults()))
        .isEqualTo(new ProcurementPdfWriter().render(result, WriterOptions.defaults()));
  }
}
