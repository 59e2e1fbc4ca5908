package nl.autonomy.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.DeliveredFile;
import nl.autonomy.core.model.Delivery;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.SbomQuality;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.policy.Evaluation;

/** A delivery judged by the shipped procurement policy, with one clause waived: the contract report's fixture. */
public final class ContractResults {

  private ContractResults() {
  }

  /**
   * The Spring Boot application on Azure as a delivered WAR, judged by a policy that extends the
   * shipped {@code procurement} and waives its jurisdiction clause, with the delivered files listed.
   */
  public static ScanResult delivered(Path dir) {
    try {
      Path policy = Files.writeString(dir.resolve("contract-policy.yaml"), """
          apiVersion: autonomy/v1
          id: contract-parkeren
          title:
            en: Contract conditions for Parkeren
            nl: Contractvoorwaarden voor Parkeren
          extends: [procurement]
          waivers:
            - rule: service-jurisdiction
              subject: "*"
              reason: Agreed in annex 4 of the contract
              owner: inkoop@amsterdam.nl
              expires: 2027-12-31
          """);
      ScanResult scanned = SampleResults.springBootOnAzure();
      return scanned.withAssessment(new Evaluation().evaluate(scanned.inventory(),
              new EvaluationOptions(policy.toString(), null, FailOn.ERROR), SampleResults.TIME))
          .withDelivery(new Delivery(
              new DeliveredFile("parkeren-1.4.0.war", 48_213, "9f2c".repeat(16)),
              List.of(new DeliveredFile("WEB-INF/lib/azure-storage-blob-12.25.1.jar", 1_012_345, "1a2b".repeat(16)),
                  new DeliveredFile("META-INF/MANIFEST.MF", 120, "0c0d".repeat(16))),
              List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a scanned delivery can put into the contract: names, paths, licences and excerpts with
   * Dutch and other non-ASCII letters (ë, €, ’, Cyrillic, CJK, emoji, combining accents), bidi
   * overrides, zero-width and C0/C1 control characters, a lone surrogate, non-characters, markup and
   * an unbreakable 300-character path; a delivery of 160 files (a table over many pages), a problem,
   * the standards' conformance, and the procurement policy's clauses failing, waived and passing.
   */
  public static ScanResult hostile(Path dir) {
    String odd = "caf\u00e9 \u20ac 5,\u2013 \u2019s-Hertogenbosch co\u00f6peratie ge\u00efnd \u00eb \u00df";
    String hostile = "<script>alert(1)</script> ]]> &amp; \u202eexe.txt\u202c \u200b\u200d \u0000\u0007\u001b[2J"
        + "\u0085\u009b \ud800 \ufffe\uffff \ud83d\udce6 e\u0301 \u5730\u56f3 \u043a\u0430\u0440\u0442\u0430 \u0627\u0644";
    try {
      Path policy = Files.writeString(dir.resolve("contract-policy.yaml"), """
          apiVersion: autonomy/v1
          id: contract-s-hertogenbosch
          title:
            en: Contract conditions for \u2019s-Hertogenbosch (\u20ac 1.2 million, co\u00f6peratie)
            nl: Contractvoorwaarden voor \u2019s-Hertogenbosch (\u20ac 1,2 miljoen, co\u00f6peratie)
          extends: [procurement]
          waivers:
            - rule: service-jurisdiction
              subject: "*"
              reason: "Afgesproken in bijlage 4 \u2013 \u2019t Ministerie bevestigt: \u20ac 0 exitkosten, ge\u00ebvalueerd"
              owner: inkoop@amsterdam.nl
              expires: 2027-12-31
          """);
      ScanResult scanned = nl.autonomy.core.fixtures.SampleResults.springBootOnAzure();
      Inventory inv = scanned.inventory();
      List<Component> components = new ArrayList<>(inv.components());
      List<DependencyEdge> edges = new ArrayList<>(inv.edges());
      for (int i = 0; i < 40; i++) {
        // no purl, no version, no supplier: every one fails component-identified and license-known
        Component c = Component.builder("file:WEB-INF/lib/" + (i % 2 == 0 ? odd : hostile) + "-" + i + ".jar",
                Ecosystem.GENERIC, (i % 2 == 0 ? odd : hostile) + " " + i)
            .direct(true)
            .declaredLicense(new DeclaredLicense(null, "Licentie \u201cGemeente\u201d <intern> & " + odd, "https://example.org/" + hostile))
            .organization(new Organization("Gemeente \u00d6l\u00e9 " + hostile, null))
            .evidence(new Evidence("jar", EvidenceKind.ARCHIVE, new Location("WEB-INF/lib/" + hostile + "/" + "x".repeat(300), 7, 5),
                hostile + " " + odd, 1.0, Scope.RUNTIME))
            .build();
        components.add(c);
        edges.add(new DependencyEdge(inv.project().ref(), c.ref()));
      }
      // the project's own name goes into the PDF's title, in its XMP metadata and its info dictionary alike
      Component project = inv.project().toBuilder().group("nl.\u2019s-hertogenbosch " + hostile).version("1.0 \u20ac").build();
      Inventory changed = new Inventory(project, components, inv.services(), inv.serviceUses(), edges,
          List.of(new Problem(Problem.Severity.ERROR, "archive", Location.of("WEB-INF/lib/" + hostile + ".jar", 3),
              "could not read " + hostile + ": " + odd, null)),
          inv.provenance(), inv.walk());
      ScanResult scannedChanged = new ScanResult(changed, scanned.durationMillis());
      List<DeliveredFile> files = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        String name = switch (i % 4) {
          case 0 -> "WEB-INF/lib/component-" + i + ".jar";
          case 1 -> "WEB-INF/classes/nl/gemeente/" + odd + "/Klasse" + i + ".class";
          case 2 -> "static/" + hostile + "-" + i + ".js";
          default -> "WEB-INF/lib/" + "verylongname".repeat(25) + i + ".jar";
        };
        files.add(new DeliveredFile(name, 1_000L * i + 7, String.format(java.util.Locale.ROOT, "%064x", i)));
      }
      var sha512 = new SbomQuality.Field("component-hash-sha512", "component", true, 10, 4, 6, 0, 40, List.of("pkg:maven/a/b@1"));
      var creator = new SbomQuality.Field("sbom-creator", "document", true, 1, 0, 1, 0, 0, List.of());
      var quality = new SbomQuality("supplier", List.of(
          new SbomQuality.Conformance("ntia", "NTIA", true, List.of()),
          new SbomQuality.Conformance("bsi", "BSI TR-03183-2 v2.1.0", false, List.of(creator, sha512))));
      return scannedChanged.withAssessment(new Evaluation().evaluate(changed,
              new EvaluationOptions(policy.toString(), null, FailOn.ERROR), nl.autonomy.core.fixtures.SampleResults.TIME))
          .withDelivery(new Delivery(new DeliveredFile(odd + " " + hostile + ".war", 48_213_000, "9f2c".repeat(16)), files,
              List.of("WEB-INF/lib/" + hostile + ".jar: not a readable zip")))
          .withSbomQuality(quality);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
