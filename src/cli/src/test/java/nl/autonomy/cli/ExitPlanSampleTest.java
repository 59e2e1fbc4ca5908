package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.exit.ExitCatalog;
import nl.autonomy.core.model.ExitOption;
import nl.autonomy.core.model.ExitPlan;
import nl.autonomy.core.exit.ExitPlanner;
import nl.autonomy.core.model.ExitSelection;
import nl.autonomy.core.model.ServiceExit;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.policy.Evaluation;
import nl.autonomy.core.report.ExitPlanOutput;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.resolver.ResolverMavenGraphProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exit plans on real scans of every sample (offline, from the local repository), and the what-if
 * checked against a real scan of parkeren-azure with the exit really made: Azure Blob Storage
 * replaced by the AWS SDK's S3 client pointed at the city's own S3 store.
 */
class ExitPlanSampleTest {

  private static final Instant TIME = Instant.parse("2026-11-28T12:00:00Z");
  private static final Map<String, ScanResult> SCANS = new HashMap<>();
  private static final Catalog CATALOG = new CatalogLoader().load(List.of());

  private static ScanResult scan(Path root) {
    ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(TIME);
    return new Scanner().scan(ScanRequest.of(root, options, new ResolverMavenGraphProvider()));
  }

  private static ScanResult sample(String name) {
    return SCANS.computeIfAbsent(name, n -> scan(Path.of("../../samples", n)));
  }

  private static ExitPlanner planner(String policy) {
    Evaluation evaluation = new Evaluation();
    return new ExitPlanner(CATALOG, ExitCatalog.loadDefault(), LockInRules.loadDefault(), evaluation,
        evaluation.prepare(new EvaluationOptions(policy, null, FailOn.ERROR)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"parkeren-azure", "vergunningen-open", "afval-aws", "wijkbudget-polyglot", "stadspas-gradle"})
  void everySampleGetsAPlanAWhatIfAndARanking(String name, @TempDir Path out) throws IOException {
    ScanResult scan = sample(name);
    ExitPlan plan = planner("default").plan(scan, ExitSelection.all(), true);

    // the what-if's "before" is the scan's own judgement: the same evaluation, not a second scorer
    assertThat(plan.whatIf().before()).isEqualTo(scan.assessment().score());
    assertThat(plan.services()).extracting(ServiceExit::id)
        .containsExactlyElementsOf(scan.inventory().services().stream().map(s -> s.id()).toList());
    assertThat(plan.ranking()).hasSameSizeAs(scan.inventory().services());
    assertThat(plan.ranking()).extracting(ExitOption::gainPerEffort).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // the scan itself carries the same ranking for its reports' ways-out section
    assertThat(scan.waysOut()).isEqualTo(plan.ranking());
    for (ExitOption o : plan.ranking()) {
      assertThat(o.before()).isEqualTo(scan.assessment().score().overall());
      ExitPlan single = planner("default").plan(scan, ExitSelection.service(o.service()), false);
      assertThat(single.whatIf().score().overall()).as(o.service()).isEqualTo(o.after());
    }
    for (ServiceExit s : plan.services()) {
      if (s.effort().breakdown() != null) {
        // the working shown is the rule that made the points
        assertThat(s.effort().breakdown().points()).as(s.id()).isEqualTo(s.effort().points());
      }
      assertThat(s.steps()).as(s.id()).isNotEmpty().last().extracting(ServiceExit.Step::id).isEqualTo("verify");
      assertThat(s.placeCount()).as(s.id()).isPositive();
    }

    // three files, the same bytes twice; exit-plan.json reads back with whatIf.score shaped as report.json's score
    List<Path> first = new ExitPlanOutput().write(plan, Locale.ENGLISH, out.resolve("a"));
    List<Path> second = new ExitPlanOutput().write(planner("default").plan(scan, ExitSelection.all(), true),
        Locale.ENGLISH, out.resolve("b"));
    assertThat(first).extracting(p -> p.getFileName().toString())
        .containsExactly("exit-plan.html", "exit-plan.json", "exit-plan.md");
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readString(second.get(i))).isEqualTo(Files.readString(first.get(i)));
    }
    assertThat(ExitPlanOutput.read(first.get(1)).whatIf().score()).isEqualTo(plan.whatIf().score());
    var planJson = JsonSupport.newMapper().readTree(first.get(1).toFile()).path("whatIf").path("score");
    var reportJson = JsonSupport.newMapper().readTree(JsonSupport.toJson(scan)).path("result").path("assessment")
        .path("score");
    assertThat(fieldNames(planJson)).isEqualTo(fieldNames(reportJson));
  }

  private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void leavingMicrosoftOnParkerenAzure() {
    ScanResult scan = sample("parkeren-azure");
    ExitPlan plan = planner("default").plan(scan, ExitSelection.vendor("microsoft"), true);

    // GitHub belongs to Microsoft: leaving Microsoft includes GitHub Actions
    assertThat(plan.services()).extracting(ServiceExit::id).containsExactly("azure-blob-storage", "azure-functions",
        "azure-monitor", "github-actions", "microsoft-entra-id", "microsoft-graph");
    assertThat(plan.whatIf().before().overall()).isEqualTo(62.5);
    assertThat(plan.whatIf().score().overall()).isEqualTo(100.0);
    assertThat(plan.whatIf().verdictBefore().id()).isEqualTo("fail");
    assertThat(plan.whatIf().verdict().id()).isEqualTo("pass");
    assertThat(plan.whatIf().resolved()).hasSize(9);
    assertThat(plan.whatIf().introduced()).isEmpty();
    assertThat(plan.totals().effortPoints()).isEqualTo(
        plan.services().stream().mapToInt(s -> s.effort().points()).sum());

    ServiceExit blob = byId(plan, "azure-blob-storage");
    assertThat(blob.places()).extracting(ServiceExit.PlaceGroup::module, ServiceExit.PlaceGroup::kind)
        .contains(org.assertj.core.groups.Tuple.tuple("parkeren-opslag", "client-libraries"),
            org.assertj.core.groups.Tuple.tuple("parkeren-opslag", "imports"),
            org.assertj.core.groups.Tuple.tuple("parkeren-api", "configuration"));
    assertThat(blob.data().export()).contains("rclone");
    assertThat(blob.data().sources()).isNotEmpty();
    // Blob's API is Azure's own: every S3 store needs the code changed; the endpoint key is still named
    assertThat(blob.wayOut().configurationOnly()).isEmpty();
    assertThat(blob.wayOut().codeChange()).extracting(ServiceExit.Alternative::reason).containsOnly("other-api");
    assertThat(blob.wayOut().configurationChanges()).singleElement()
        .satisfies(c -> {
          assertThat(c.file()).isEqualTo("parkeren-api/src/main/resources/application.yml");
          assertThat(c.line()).isEqualTo(13);
          assertThat(c.key()).isEqualTo("endpoint");
        });
    assertThat(blob.wayOut().hardCoded()).extracting(ServiceExit.Place::file)
        .containsExactly("parkeren-rapportage/src/main/java/nl/amsterdam/parkeren/rapportage/MaandRapport.java");
    assertThat(blob.steps()).extracting(ServiceExit.Step::id).containsExactly("interface", "replace-client",
        "migrate-data", "move-endpoints", "switch-configuration", "remove-dependency", "verify");
    // Entra ID's credential sits in the same file as the Blob client
    assertThat(blob.risks()).extracting(ServiceExit.Risk::service).contains("microsoft-entra-id");

    ServiceExit entra = byId(plan, "microsoft-entra-id");
    // Keycloak speaks OpenID Connect, but the code uses Azure's own identity client: not configuration alone
    assertThat(entra.wayOut().protocol()).isEqualTo("OpenID Connect");
    assertThat(entra.wayOut().codeChange()).extracting(ServiceExit.Alternative::name, ServiceExit.Alternative::reason)
        .contains(org.assertj.core.groups.Tuple.tuple("Keycloak", "vendor-client"));
    assertThat(entra.risks()).extracting(ServiceExit.Risk::service)
        .contains("azure-blob-storage", "microsoft-graph");
    assertThat(entra.data().holds()).contains("identities");
  }

  @Test
  void anS3ClientAtAnotherStoreIsConfigurationOnly() {
    ScanResult scan = sample("vergunningen-open");
    ExitPlan plan = planner("default").plan(scan, ExitSelection.service("amazon-s3"), false);
    ServiceExit s3 = byId(plan, "amazon-s3");
    assertThat(s3.wayOut().status()).isEqualTo("already-open");
    assertThat(s3.wayOut().configurationOnly()).extracting(ServiceExit.Alternative::name).contains("Garage");
    assertThat(s3.wayOut().codeChange()).isEmpty();
    // nothing to leave costs nothing and gains nothing
    assertThat(plan.whatIf().score()).isEqualTo(plan.whatIf().before());
  }

  /**
   * The exit really made: parkeren-azure with Azure Blob Storage replaced by the AWS SDK's S3 client
   * pointed at the city's own S3 store (the sample copied and edited as a team following the plan
   * would). Its real scan and the what-if of leaving Blob Storage must agree; what may differ is
   * only the effect of the alternative's own facts the what-if cannot know (its client library).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"default", "strict-sovereign", "procurement", "amsterdam-2030"})
  void whatIfAgreesWithTheRealExit(String policy, @TempDir Path tmp) throws IOException {
    Path variant = tmp.resolve("parkeren-azure");
    copy(Path.of("../../samples/parkeren-azure"), variant);
    makeTheExit(variant);
    ScanResult real = scan(variant);
    assertThat(real.inventory().complete()).as(String.valueOf(real.inventory().problems())).isTrue();
    assertThat(real.inventory().services()).extracting(s -> s.id()).doesNotContain("azure-blob-storage")
        .contains("amazon-s3");
    assertThat(real.inventory().services().stream().filter(s -> s.id().equals("amazon-s3")).findFirst().orElseThrow()
        .depth().usage().id()).isEqualTo("open-protocol-elsewhere");

    ExitPlanner planner = planner(policy);
    Score realScore = new Evaluation().evaluate(real.inventory(), new EvaluationOptions(policy, null, FailOn.ERROR),
        TIME, nl.autonomy.core.policy.VendorLookup.fromCatalog(CATALOG)).score();
    ExitPlan plan = planner.plan(sample("parkeren-azure"), ExitSelection.service("azure-blob-storage"), false);
    Score whatIf = plan.whatIf().score();

    // the findings the policy keeps or drops are the same, except those about the S3 client library itself
    Set<String> realFindings = keys(new Evaluation().evaluate(real.inventory(),
        new EvaluationOptions(policy, null, FailOn.ERROR), TIME,
        nl.autonomy.core.policy.VendorLookup.fromCatalog(CATALOG)).findings());
    Set<String> predicted = new TreeSet<>(keys(planner.whatIf(sample("parkeren-azure"),
        ExitSelection.service("azure-blob-storage")).findings()));
    Set<String> onlyReal = new TreeSet<>(realFindings);
    onlyReal.removeAll(predicted);
    Set<String> onlyPredicted = new TreeSet<>(predicted);
    onlyPredicted.removeAll(realFindings);
    assertThat(onlyPredicted).as("predicted but not in the real scan").isEmpty();
    assertThat(onlyReal).as("in the real scan, not predicted: only the S3 client library's own facts")
        .allMatch(k -> k.contains("software.amazon.awssdk") || k.contains("pkg:maven/software.amazon"));
    // printed for the record (surefire keeps it): how close the prediction came, and why
    System.out.printf(Locale.ROOT, "what-if vs real exit under %s: overall %.1f vs %.1f; only in the real scan: %s%n",
        policy, whatIf.overall(), realScore.overall(), onlyReal);
    double tolerance = onlyReal.isEmpty() ? 0.05 : 5.0;
    assertThat(whatIf.overall()).as("overall").isCloseTo(realScore.overall(), within(tolerance));
    for (AspectScore a : whatIf.aspects()) {
      double actual = realScore.aspects().stream().filter(x -> x.aspect() == a.aspect()).findFirst().orElseThrow().score();
      assertThat(a.score()).as(a.aspect().id()).isCloseTo(actual, within(tolerance));
    }
  }

  private static Set<String> keys(List<Finding> findings) {
    return findings.stream().flatMap(f -> f.subjects().isEmpty() ? Stream.of(f.ruleId() + " " + f.subject().ref())
            : f.subjects().stream().map(s -> f.ruleId() + " " + s.ref()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static ServiceExit byId(ExitPlan plan, String id) {
    return plan.services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** What the plan's steps say, done: the S3 client behind the same classes, the endpoint re-pointed. */
  private static void makeTheExit(Path root) throws IOException {
    for (String module : List.of("parkeren-opslag", "parkeren-rapportage")) {
      Path pom = root.resolve(module + "/pom.xml");
      String text = Files.readString(pom);
      String replaced = text.replaceAll("(?s)<dependency>\\s*<groupId>com.azure</groupId>\\s*"
          + "<artifactId>azure-storage-blob</artifactId>.*?</dependency>",
          "<dependency>\n      <groupId>software.amazon.awssdk</groupId>\n      <artifactId>s3</artifactId>\n"
              + "      <version>2.57.8</version>\n    </dependency>");
      assertThat(replaced).as(module).isNotEqualTo(text);
      Files.writeString(pom, replaced);
    }
    // the test runs offline: the HTTP client the S3 SDK needs at the version the local repository holds
    Path parent = root.resolve("pom.xml");
    String managed = Files.readString(parent).replaceFirst("<dependencyManagement>\\s*<dependencies>",
        "<dependencyManagement>\n    <dependencies>\n      <dependency>\n"
            + "        <groupId>org.apache.httpcomponents.client5</groupId>\n        <artifactId>httpclient5</artifactId>\n"
            + "        <version>5.5.2</version>\n      </dependency>");
    Files.writeString(parent, managed);
    Path variants = Path.of("src/test/resources/exit-variants/parkeren-s3");
    try (Stream<Path> files = Files.walk(variants)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Path target = root.resolve(variants.relativize(p).toString().replaceFirst("\\.txt$", ""));
        Files.createDirectories(target.getParent());
        Files.writeString(target, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
  }
}
