package nl.autonomy.core.sovereignty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.policy.EvaluationContext;
import nl.autonomy.core.policy.PolicyEvaluator;
import nl.autonomy.core.policy.PolicyRepository;
import nl.autonomy.core.policy.VendorLookup;
import org.junit.jupiter.api.Test;

class EuCsfEstimatorTest {

  static final VendorRef MICROSOFT = new VendorRef("microsoft", "Microsoft", "microsoft", "US", List.of("US"), null,
      VendorBasis.CATALOG);
  static final VendorRef OVH = new VendorRef("ovhcloud", "OVHcloud", "ovhcloud", "FR", List.of("FR", "EU"), null,
      VendorBasis.CATALOG);
  static final VendorRef APACHE = new VendorRef("apache", "Apache Software Foundation", "apache", "US", List.of("US"),
      null, VendorBasis.CATALOG);

  static Component lib(String purl, VendorRef vendor, LicenseCategory category, Map<String, String> hashes) {
    String name = purl.replaceAll(".*/([^/@]+)@.*", "$1");
    Component.Builder b = Component.builder(purl, Ecosystem.MAVEN, name).purl(purl).group("g")
        .version(purl.replaceAll(".*@", "")).vendor(vendor)
        .license(new LicenseInfo(category == LicenseCategory.UNKNOWN ? null : "X", category, "declared"));
    hashes.forEach(b::hash);
    return b.build();
  }

  static Service service(String id, String category, LockInLevel lockIn, VendorRef provider, String standard) {
    return new Service(id, id, provider == null ? null : provider.id(), category, lockIn, List.of(), List.of(),
        List.of(), List.of(), standard).withProvider(provider);
  }

  static Inventory inventory(List<Component> components, List<Service> services, List<Problem> problems) {
    Component project = Component.builder("pkg:maven/nl.gemeente/app@1", Ecosystem.MAVEN, "app")
        .purl("pkg:maven/nl.gemeente/app@1").build();
    return new Inventory(project, components, services, List.of(), List.of(), problems,
        new Provenance("test", SourceKind.FOLDER, null, null, null, Instant.parse("2026-12-01T00:00:00Z"), "test"), null);
  }

  static final Map<String, String> HASHED = Map.of("SHA-256", "ab", "SHA-512", "cd");

  @Test
  void aProprietaryUsCloudApiKeepsLegalAndDataAtSealOneAndTheWeakestObjectiveCapsTheWhole() {
    Inventory inv = inventory(
        List.of(lib("pkg:maven/g/commons-lang3@3.14.0", APACHE, LicenseCategory.PERMISSIVE, HASHED)),
        List.of(service("azure-blob-storage", "storage", LockInLevel.PROPRIETARY_API, MICROSOFT, "S3 API")),
        List.of());
    EuCsfEstimate e = EuCsfEstimator.estimate(inv);
    assertThat(e.objective("SOV-2").orElseThrow().level()).isEqualTo(1);
    assertThat(e.objective("SOV-2").orElseThrow().limitingCriterion().id()).isEqualTo("SOV-2-L2");
    assertThat(e.objective("SOV-2").orElseThrow().limitingCriterion().evidence())
        .containsExactly("azure-blob-storage (Microsoft, US)");
    assertThat(e.objective("SOV-3").orElseThrow().level()).isEqualTo(1);
    // the open standard is named, so SOV-6 gets to SEAL-3, and is stopped by the proprietary API itself
    assertThat(e.objective("SOV-6").orElseThrow().level()).isEqualTo(3);
    assertThat(e.level()).isEqualTo(1);
    // the exit effort was not judged (no depth): SOV-4's second criterion is unknown, so SEAL-1 as well
    assertThat(e.objective("SOV-4").orElseThrow().limitingCriterion().status()).isEqualTo(Criterion.Status.UNKNOWN);
    assertThat(e.limitedBy()).containsExactly("SOV-2", "SOV-3", "SOV-4");
    assertThat(e.objective("SOV-1").orElseThrow().level()).isNull();
    assertThat(e.objective("SOV-8").orElseThrow().level()).isNull();
    assertThat(e.notice()).contains("not a certification");
  }

  @Test
  void openProtocolAtAnEuProviderAndSelfHostableSoftwareReachTheHighestLevelsCodeCanSupport() {
    Inventory inv = inventory(
        List.of(lib("pkg:maven/g/postgresql@42.7.4", APACHE, LicenseCategory.PERMISSIVE, HASHED)),
        List.of(service("ovh-object-storage", "storage", LockInLevel.OPEN_PROTOCOL, OVH, "S3 API"),
            service("postgresql", "database", LockInLevel.SELF_HOSTABLE, null, null)),
        List.of());
    EuCsfEstimate e = EuCsfEstimator.estimate(inv);
    for (String id : List.of("SOV-2", "SOV-3", "SOV-4", "SOV-6")) {
      assertThat(e.objective(id).orElseThrow().level()).as(id).isEqualTo(4);
    }
    // signatures are never verified: SOV-7 stops at 3, and so does the whole
    assertThat(e.objective("SOV-7").orElseThrow().level()).isEqualTo(3);
    assertThat(e.objective("SOV-7").orElseThrow().limitingCriterion().status()).isEqualTo(Criterion.Status.UNKNOWN);
    assertThat(e.level()).isEqualTo(3);
  }

  @Test
  void unknownIsNotMetButNotCountedAgainst() {
    Component noLicense = lib("pkg:maven/g/mystery@1.0", VendorRef.unknown(), LicenseCategory.UNKNOWN, Map.of());
    EuCsfEstimate e = EuCsfEstimator.estimate(inventory(List.of(noLicense), List.of(), List.of()));
    Criterion sov5 = e.objective("SOV-5").orElseThrow().limitingCriterion();
    assertThat(sov5.id()).isEqualTo("SOV-5-L2");
    assertThat(sov5.status()).isEqualTo(Criterion.Status.UNKNOWN);
    assertThat(sov5.evidence()).containsExactly("pkg:maven/g/mystery@1.0");
    assertThat(e.objective("SOV-6").orElseThrow().level()).isZero();
    assertThat(e.objective("SOV-7").orElseThrow().level()).isEqualTo(1);
  }

  @Test
  void anIncompleteScanIsSealZeroForTheSupplyChainAndSaysSo() {
    Problem unread = new Problem(Problem.Severity.ERROR, "maven", Location.of("pom.xml", 12),
        "parent nl.x:parent:1 could not be resolved", null);
    EuCsfEstimate e = EuCsfEstimator.estimate(inventory(List.of(), List.of(), List.of(unread)));
    assertThat(e.partial()).isTrue();
    assertThat(e.objective("SOV-5").orElseThrow().level()).isZero();
    assertThat(e.level()).isZero();
  }

  @Test
  void manyEntriesAreCutToTenAndCounted() {
    List<Component> many = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      many.add(lib("pkg:maven/g/lib" + (char) ('a' + i) + "@1", VendorRef.unknown(), LicenseCategory.PERMISSIVE,
          HASHED));
    }
    Criterion c = EuCsfEstimator.estimate(inventory(many, List.of(), List.of())).objective("SOV-5").orElseThrow()
        .limitingCriterion();
    assertThat(c.evidence()).hasSize(10);
    assertThat(c.more()).isEqualTo(3);
  }

  @Test
  void theShippedEuCsfPolicyGatesTheMinimumLevelPerObjective() {
    Inventory inv = inventory(
        List.of(lib("pkg:maven/g/commons-lang3@3.14.0", APACHE, LicenseCategory.PERMISSIVE, HASHED)),
        List.of(service("azure-blob-storage", "storage", LockInLevel.PROPRIETARY_API, MICROSOFT, "S3 API")),
        List.of());
    Assessment a = new PolicyEvaluator().evaluate(inv, new PolicyRepository().load("eu-csf"),
        new EvaluationContext(FailOn.ERROR, null, LocalDate.parse("2026-12-01"), VendorLookup.none()));
    List<String> rules = a.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("eu-csf")).toList();
    assertThat(rules).containsExactlyInAnyOrder("eu-csf-sov-2-legal", "eu-csf-sov-3-data", "eu-csf-sov-4-operational");
    assertThat(a.findings().stream().filter(f -> f.ruleId().equals("eu-csf-sov-2-legal")).findFirst().orElseThrow()
        .message()).contains("SEAL-1");
  }
}
