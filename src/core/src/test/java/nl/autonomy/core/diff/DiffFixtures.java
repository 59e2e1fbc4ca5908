package nl.autonomy.core.diff;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.classify.Classifier;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.lockin.LockInStage;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.WalkStats;
import nl.autonomy.core.policy.Evaluation;

/**
 * Results built the way a scan builds them: components as detectors make them, then the real
 * classification (shipped catalog), lock-in stage and evaluation under the shipped default policy.
 */
final class DiffFixtures {

  static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final Catalog CATALOG = new CatalogLoader().loadDefault();

  private final List<Component> components = new ArrayList<>();
  private final List<ServiceUse> uses = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  static DiffFixtures result() {
    return new DiffFixtures();
  }

  /** A runtime dependency as a lockfile or POM declares it. */
  DiffFixtures component(String purl, String... declaredLicenses) {
    return component(purl, Scope.RUNTIME, declaredLicenses);
  }

  DiffFixtures component(String purl, Scope scope, String... declaredLicenses) {
    PackageURL p;
    try {
      p = new PackageURL(purl);
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException(purl, e);
    }
    String group = p.getNamespace() == null ? null : p.getNamespace().replaceFirst("^@", "");
    Component.Builder b = Component.builder(p.canonicalize(), Ecosystem.fromPurlType(p.getType()).orElseThrow(),
        p.getName()).purl(p.canonicalize()).group(group).version(p.getVersion()).scope(scope).direct(true)
        .evidence(Evidence.manifest("test", Location.of("pom.xml", 1), p.getName()));
    for (String l : declaredLicenses) {
      b.declaredLicense(new DeclaredLicense(null, l, null));
    }
    components.add(b.build());
    return this;
  }

  /** A sighting of a catalog service in shipped code. */
  DiffFixtures uses(String serviceId, String file) {
    uses.add(new ServiceUse(serviceId, new Evidence("imports", EvidenceKind.IMPORT, Location.of(file, 3),
        "import " + serviceId, 0.9, file.contains("/test/") ? Scope.TEST : Scope.RUNTIME), null));
    return this;
  }

  DiffFixtures problem(String message) {
    problems.add(Problem.error("maven", Location.of("pom.xml", 7), message));
    return this;
  }

  Inventory inventory() {
    Component project = Component.builder("pkg:maven/nl.gemeente/app@1.0.0", Ecosystem.MAVEN, "app")
        .purl("pkg:maven/nl.gemeente/app@1.0.0").group("nl.gemeente").version("1.0.0").direct(true)
        .declaredLicense(new DeclaredLicense("EUPL-1.2", "EUPL-1.2", null)).build();
    Inventory raw = new Inventory(project, components, List.of(), uses, List.of(), problems,
        new Provenance("app", SourceKind.FOLDER, null, null, null, TIME, "0.0.0-test"), WalkStats.empty());
    Inventory classified = new Classifier(CATALOG).classify(raw);
    return new LockInStage(CATALOG, LockInRules.loadDefault()).apply(classified);
  }

  /** Classified and judged: what {@code report.json} holds. */
  DiffInput report(String label) {
    Inventory inv = inventory();
    var assessment = new Evaluation().evaluate(inv, new EvaluationOptions("default", null, FailOn.ERROR), TIME);
    return new DiffInput(label, InputKind.REPORT_JSON, new ScanResult(inv, 0, assessment));
  }

  /** Classified, without assessment or depth: what an SBOM holds. */
  DiffInput sbom(String label) {
    Inventory inv = inventory();
    inv = inv.withServices(inv.services().stream().map(s -> s.withDepth(null)).toList());
    return new DiffInput(label, InputKind.CYCLONEDX_JSON, new ScanResult(inv, 0));
  }
}
