package nl.autonomy.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Clause;
import nl.autonomy.core.model.ClauseOutcome;
import nl.autonomy.core.report.ContractResults;
import nl.autonomy.core.report.ReportWriters;
import nl.autonomy.core.report.WriterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** contract.html: identity, policy, every clause with its outcome and evidence, exit paths; XHTML; in Dutch. */
class ProcurementHtmlWriterTest {

  private static final WriterOptions DUTCH = new WriterOptions(Locale.forLanguageTag("nl"));

  @TempDir
  Path dir;

  @Test
  void everyClauseOfThePolicyIsThereWithItsOutcomePassedAndWaivedOnesToo() throws Exception {
    ScanResult result = ContractResults.delivered(dir);
    assertThat(result.assessment().clauses()).extracting(Clause::ruleId).containsExactly(
        "component-identified", "delivered-as-published", "sbom-omits-component", "sbom-version-mismatch",
        "sbom-hash-mismatch", "sbom-lists-undelivered", "supplier-sbom-bsi", "supplier-sbom-cra", "supplier-sbom-ntia",
        "complete-sbom", "project-license", "license-known", "license-open-source", "service-exit-path",
        "no-hard-lock-in", "service-jurisdiction");
    // without a supplier SBOM in the delivery its clauses are checked and met: nothing to hold against it
    assertThat(clause(result, "supplier-sbom-bsi").outcome()).isEqualTo(ClauseOutcome.PASS);
    assertThat(clause(result, "delivered-as-published").outcome()).isEqualTo(ClauseOutcome.PASS);
    assertThat(clause(result, "no-hard-lock-in").outcome()).isEqualTo(ClauseOutcome.FAIL);
    assertThat(clause(result, "service-jurisdiction").outcome()).isEqualTo(ClauseOutcome.WAIVED);
    assertThat(clause(result, "no-hard-lock-in").failing()).isEqualTo(3);
    assertThat(clause(result, "no-hard-lock-in").checked()).isEqualTo(result.inventory().services().size());
    assertThat(clause(result, "license-known").condition()).isEqualTo("license.known: false");

    String html = new ProcurementHtmlWriter().render(result, WriterOptions.defaults());
    Document xhtml = parse(html);
    assertThat(xhtml.getDocumentElement().getAttribute("lang")).isEqualTo("en");
    for (Clause c : result.assessment().clauses()) {
      assertThat(xhtml.getElementById("clause-" + c.ruleId())).as(c.ruleId()).isNotNull();
    }
    assertThat(html).contains(result.assessment().policyDigest(), "parkeren-1.4.0.war", "9f2c".repeat(16),
        "WEB-INF/lib/azure-storage-blob-12.25.1.jar", "1,012,345", "Checked: 3 cloud services.",
        "None of them meets the condition.", "Agreed in annex 4 of the contract",
        "Exit paths of what is locked in", "MinIO", "2026-01-01 00:00:00 UTC");
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void theSbomsConformanceToTheStandardsIsInTheContractAndTheReport() throws Exception {
    var sha512 = new nl.autonomy.core.model.SbomQuality.Field("component-hash-sha512", "component", true, 10, 4, 6, 0, 40,
        java.util.List.of("pkg:maven/a/b@1"));
    var creator = new nl.autonomy.core.model.SbomQuality.Field("sbom-creator", "document", true, 1, 0, 1, 0, 0,
        java.util.List.of());
    var quality = new nl.autonomy.core.model.SbomQuality("autonomy", java.util.List.of(
        new nl.autonomy.core.model.SbomQuality.Conformance("ntia", "NTIA", true, java.util.List.of()),
        new nl.autonomy.core.model.SbomQuality.Conformance("bsi", "BSI TR-03183-2 v2.1.0", false,
            java.util.List.of(creator, sha512))));
    ScanResult result = ContractResults.delivered(dir).withSbomQuality(quality);
    String contract = new ProcurementHtmlWriter().render(result, DUTCH);
    parse(contract);
    assertThat(contract).contains("id=\"sbom-quality\"", "de SBOM van deze scan", "voldoet niet",
        "component-hash-sha512 (40%)", "sbom-creator");
    String report = new HtmlReportWriter().render(result, WriterOptions.defaults());
    assertThat(report).contains("href=\"#sbom-quality\"", "the SBOM this scan writes", "not conformant",
        "component-hash-sha512 (40%)");
    assertThat(new ProcurementHtmlWriter().render(ContractResults.delivered(dir).withSbomQuality(null), DUTCH))
        .doesNotContain("id=\"sbom-quality\"");
  }

  @Test
  void inDutchTheClausesTitlesMessagesAndLabelsAreDutch() throws Exception {
    String html = new ProcurementHtmlWriter().render(ContractResults.delivered(dir), DUTCH);
    parse(html);
    assertThat(html).contains("lang=\"nl\"", "Contractrapport", "Per bepaling", "VOLDAAN", "NIET VOLDAAN", "ONTHEFFING",
        "Contractvoorwaarden voor Parkeren", "Harde lock-in", "een harde lock-in waarvoor een contractuele ontheffing nodig is",
        "Getoetst: 3 clouddiensten.", "Geleverde bestanden", "Uitwegen uit wat vastzit");
    assertThat(html).doesNotContain("Hard lock-in</span>", "Checked:");
  }

  @Test
  void withoutListedFilesTheReportSaysSoAndTheWritersAreOnlyWrittenWhenNamed() {
    ScanResult result = ContractResults.delivered(dir).withDelivery(null);
    assertThat(new ProcurementHtmlWriter().render(result, WriterOptions.defaults()))
        .contains("The delivered files were not listed for this report.");
    ReportWriters writers = ReportWriters.load();
    assertThat(writers.select(java.util.List.of("all"))).extracting(w -> w.format())
        .doesNotContain("procurement-html", "procurement-pdf");
    assertThat(writers.select(java.util.List.of("all", "procurement-pdf"))).extracting(w -> w.format())
        .contains("procurement-pdf", "html", "json");
  }

  @Test
  void namesWithLoneSurrogatesNonCharactersAndControlsStillMakeWellFormedXhtml() throws Exception {
    String html = new ProcurementHtmlWriter().render(ContractResults.hostile(dir), DUTCH);
    // read as characters, as the PDF writer reads it: a lone surrogate never reaches UTF-8 bytes there
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
    assertThat(html).doesNotContain("\ud800", "\ufffe", "\uffff", "\u0007", "<script>")
        .contains("\ufffd", "&lt;script&gt;", "\ud83d\udce6", "co\u00f6peratie");
  }

  private static Clause clause(ScanResult result, String id) {
    return result.assessment().clauses().stream().filter(c -> c.ruleId().equals(id)).findFirst().orElseThrow();
  }

  /** Parses the page as XML: the PDF writer needs well-formed XHTML. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    // getElementById needs the id attributes declared as ids
    org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
      if (e.hasAttribute("id")) {
        e.setIdAttribute("id", true);
      }
    }
    return doc;
  }
}
