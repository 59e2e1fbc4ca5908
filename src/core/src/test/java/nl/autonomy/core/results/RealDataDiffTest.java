package nl.autonomy.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.diff.ChangeEngine;
import nl.autonomy.core.diff.Changes;
import nl.autonomy.core.diff.ComponentRef;
import nl.autonomy.core.diff.DiffInput;
import nl.autonomy.core.diff.InputKind;
import nl.autonomy.core.diff.LicenseChangeKind;
import nl.autonomy.core.diff.Restriction;
import nl.autonomy.core.diff.VersionChange;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.ReportWriter;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.sbom.CycloneDxJsonWriter;
import nl.autonomy.core.sbom.CycloneDxXmlWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change engine on real registry data (src/test/resources/diff/README.md): express 4.18.2 and
 * 4.21.2 as npm resolved them, scanned for real and compared through every input a user can give
 * (report.json, Autonomy's CycloneDX JSON and XML, npm's own CycloneDX SBOM); and Directus's real
 * relicensing from GPL-3.0-only to BUSL-1.1 as the npm registry states it.
 */
class RealDataDiffTest {

  private static final Instant TIME = Instant.parse("2026-12-04T00:00:00Z");
  private static final ResultFiles FILES = new ResultFiles(new CatalogLoader().loadDefault(), Optional.empty());

  /** What npm resolved differently for express 4.21.2 (package-lock.json of both, compared by hand). */
  private static final List<String> EXPRESS_UPGRADES = List.of(
      "body-parser 1.20.1 1.20.3", "cookie 0.5.0 0.7.1", "express 4.18.2 4.21.2", "finalhandler 1.2.0 1.3.1",
      "merge-descriptors 1.0.1 1.0.3", "path-to-regexp 0.1.7 0.1.12", "qs 6.11.0 6.13.0", "raw-body 2.5.1 2.5.2",
      "send 0.18.0 0.19.0", "serve-static 1.15.0 1.16.2");

  @TempDir
  static Path out;
  private static ScanResult express4182;
  private static ScanResult express4212;

  @BeforeAll
  static void scan() throws Exception {
    express4182 = scan("express-4.18.2");
    express4212 = scan("express-4.21.2");
  }

  static ScanResult scan(String fixture) throws Exception {
    Path root = Path.of(RealDataDiffTest.class.getResource("/diff/" + fixture).toURI());
    return new Scanner().scan(new ScanRequest(root, fixture, SourceKind.FOLDER, ScanOptions.defaults().withOffline(true)
        .withTimestamp(TIME), new EvaluationOptions("default", null, FailOn.ERROR), Optional.empty(),
        ProgressListener.NONE));
  }

  private static Path write(ScanResult result, ReportWriter writer, String name) throws Exception {
    Path file = out.resolve(name);
    try (OutputStream o = Files.newOutputStream(file)) {
      writer.write(result, WriterOptions.defaults(), o);
    }
    return file;
  }

  private static Path report(ScanResult result, String name) throws Exception {
    Path file = out.resolve(name);
    Files.writeString(file, JsonSupport.toJson(result));
    return file;
  }

  private static List<String> upgrades(Changes c) {
    return c.versions().stream().map(v -> v.name() + " " + v.from() + " " + v.to()).sorted().toList();
  }

  @Test
  void twoReleasesOfExpressAsReportJson() throws Exception {
    DiffInput old = FILES.read(report(express4182, "old.report.json"));
    DiffInput now = FILES.read(report(express4212, "new.report.json"));
    assertThat(old.kind()).isEqualTo(InputKind.REPORT_JSON);

    Changes c = ChangeEngine.compare(old, now);

    assertThat(upgrades(c)).containsExactlyElementsOf(EXPRESS_UPGRADES);
    assertThat(c.versions()).allSatisfy(v -> assertThat(v.direction().id()).isEqualTo("upgrade"));
    // send 0.19 brings its own encodeurl 1.0.x while the app's moves to 2.x: both are there now
    assertThat(c.added()).extracting(ComponentRef::ref).containsExactly("pkg:npm/encodeurl@2.0.3");
    assertThat(c.removed()).isEmpty();
    assertThat(c.score()).isNotNull();
    assertThat(c.verdict().from()).isEqualTo(c.verdict().to());
    assertThat(c.newLockIn()).isEmpty();
    assertThat(c.from().components()).isEqualTo(express4182.inventory().components().size());
  }

  @Test
  void theSameTwoReleasesAsAutonomysSbomsInJsonAndXmlGiveTheSameComponentChanges() throws Exception {
    Changes fromReports = ChangeEngine.compare(FILES.read(report(express4182, "a.report.json")),
        FILES.read(report(express4212, "b.report.json")));
    DiffInput oldJson = FILES.read(write(express4182, new CycloneDxJsonWriter(), "a.cdx.json"));
    DiffInput newJson = FILES.read(write(express4212, new CycloneDxJsonWriter(), "b.cdx.json"));
    DiffInput oldXml = FILES.read(write(express4182, new CycloneDxXmlWriter(), "a.cdx.xml"));
    DiffInput newXml = FILES.read(write(express4212, new CycloneDxXmlWriter(), "b.cdx.xml"));
    assertThat(oldJson.kind()).isEqualTo(InputKind.CYCLONEDX_JSON);
    assertThat(oldXml.kind()).isEqualTo(InputKind.CYCLONEDX_XML);

    for (Changes c : List.of(ChangeEngine.compare(oldJson, newJson), ChangeEngine.compare(oldXml, newXml),
        ChangeEngine.compare(oldJson, newXml))) {
      assertThat(c.versions()).isEqualTo(fromReports.versions());
      assertThat(c.added()).isEqualTo(fromReports.added());
      assertThat(c.licenses()).isEqualTo(fromReports.licenses());
      assertThat(c.newVendors()).isEqualTo(fromReports.newVendors());
      assertThat(c.score()).isNull();
      assertThat(c.notes()).extracting(n -> n.id()).contains("no-assessment", "no-depth");
    }
    // the recorded facts are read back, not classified again
    assertThat(oldJson.result().inventory().components()).extracting(x -> x.license().category())
        .containsExactlyElementsOf(express4182.inventory().components().stream().map(x -> x.license().category()).toList());
  }

  @Test
  void npmsOwnSbomsOfTheTwoReleasesAreClassifiedAndCompared() throws Exception {
    Path dir = Path.of(RealDataDiffTest.class.getResource("/diff").toURI());
    DiffInput old = FILES.read(dir.resolve("express-4.18.2.npm-sbom.cdx.json"));
    DiffInput now = FILES.read(dir.resolve("express-4.21.2.npm-sbom.cdx.json"));

    Changes c = ChangeEngine.compare(old, now);

    assertThat(upgrades(c)).containsExactlyElementsOf(EXPRESS_UPGRADES);
    assertThat(c.added()).extracting(ComponentRef::ref).containsExactly("pkg:npm/encodeurl@2.0.3");
    // npm's SBOM states the licenses; the catalog classifies them
    assertThat(old.result().inventory().components()).filteredOn(x -> x.name().equals("express")).singleElement()
        .satisfies(x -> assertThat(x.license().category()).isEqualTo(LicenseCategory.PERMISSIVE));
    assertThat(c.from().timestamp()).isNotNull();
  }

  @Test
  void directusRelicensingFromGplToBuslIsARestrictiveRelicensingEventWithANewFinding() throws Exception {
    ScanResult v9 = scan("directus-9.22.4");
    ScanResult v10 = scan("directus-10.0.0");

    Changes c = ChangeEngine.compare(FILES.read(report(v9, "directus9.report.json")),
        FILES.read(report(v10, "directus10.report.json")));

    assertThat(c.versions()).extracting(VersionChange::name, VersionChange::from, VersionChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("directus", "9.22.4", "10.0.0"));
    assertThat(c.relicensing()).singleElement().satisfies(l -> {
      assertThat(l.from()).isEqualTo("GPL-3.0-only");
      assertThat(l.to()).isEqualTo("BUSL-1.1");
      assertThat(l.fromCategory()).isEqualTo(LicenseCategory.COPYLEFT);
      assertThat(l.toCategory()).isEqualTo(LicenseCategory.SOURCE_AVAILABLE);
      assertThat(l.kind()).isEqualTo(LicenseChangeKind.RELICENSED);
      assertThat(l.direction()).isEqualTo(Restriction.MORE_RESTRICTIVE);
    });
    assertThat(c.counts().relicensedRestrictive()).isEqualTo(1);
    // the default policy warns on source-available licenses: a new finding, a lower score
    assertThat(c.newFindings()).anySatisfy(f -> assertThat(f.subjectRef()).contains("directus"));
    assertThat(c.score().delta()).isNegative();
    assertThat(c.verdict().to()).isEqualTo(Verdict.PASS);
  }
}
