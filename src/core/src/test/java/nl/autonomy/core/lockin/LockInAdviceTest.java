package nl.autonomy.core.lockin;

import static org.assertj.core.api.Assertions.assertThat;

import nl.autonomy.core.model.ExitEffort;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUsage;
import java.time.Instant;
import java.util.List;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.policy.Evaluation;
import nl.autonomy.core.policy.VendorLookup;
import org.junit.jupiter.api.Test;

/** Issue 14: advice that fits the evidence (SaaS or self-hosted, transitive, runtime artifacts, ecosystem). */
class LockInAdviceTest {

  @Test
  void sentryAtItsSaasHostIsTheVendorsServiceAndGetsTheConfidentialityLevel() {
    Service sentry = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/sentry-saas")), "sentry")
        .orElseThrow();
    assertThat(sentry.lockIn()).isEqualTo(LockInLevel.OPEN_PROTOCOL);
    assertThat(sentry.depth().catalogLockIn()).isEqualTo(LockInLevel.SELF_HOSTABLE);
    assertThat(sentry.depth().notes()).anySatisfy(n -> assertThat(n).contains("hosted service")
        .contains("o123.ingest.sentry.io").contains("data sits with the vendor"));
  }

  @Test
  void sentryAtAnOwnHostStaysSelfHostable() {
    Service sentry = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/sentry-self-hosted")),
        "sentry").orElseThrow();
    assertThat(sentry.lockIn()).isEqualTo(LockInLevel.SELF_HOSTABLE);
    assertThat(sentry.depth().notes()).noneMatch(n -> n.contains("hosted service"));
  }

  @Test
  void anSdksOwnDependencyIsReachableThroughItNotAChosenService() {
    Service vercel = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/transitive-sdk")), "vercel")
        .orElseThrow();
    assertThat(vercel.depth().usage()).isEqualTo(ServiceUsage.TRANSITIVE_ONLY);
    assertThat(vercel.depth().effort()).isEqualTo(ExitEffort.LOW);
    assertThat(vercel.depth().notes()).singleElement().asString().startsWith("reachable through ai:");
  }

  @Test
  void aJdbcDriverImportedNowhereIsNotCalledDeadLockIn() {
    Service postgres = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.sample("stadspas-gradle")), "postgresql")
        .orElseThrow();
    assertThat(postgres.depth().usage()).isEqualTo(ServiceUsage.DECLARED_ONLY);
    assertThat(postgres.depth().notes()).singleElement().asString()
        .contains("loaded at run time without an import").doesNotContain("removing the dependency is the exit");
  }

  @Test
  void alternativesFitTheEcosystemOfTheCode() {
    Service node = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/appconfig-node")),
        "azure-app-configuration").orElseThrow();
    assertThat(node.alternatives()).noneMatch(a -> a.contains("Spring")).contains("Consul KV", "etcd");
    Service java = ScanFixtures.service(ScanFixtures.scan(ScanFixtures.resource("context/appconfig-java")),
        "azure-app-configuration").orElseThrow();
    assertThat(java.alternatives()).contains("Spring Cloud Config Server", "Consul KV");
  }

  @Test
  void theDefaultPolicyRaisesTheConfidentialityFindingForTheSaasOnly() {
    assertThat(findings("context/sentry-saas")).contains("no-non-eu-jurisdiction-data sentry");
    assertThat(findings("context/sentry-self-hosted")).doesNotContain("no-non-eu-jurisdiction-data sentry");
  }

  @Test
  void theDefaultPolicyWeighsATransitiveProprietaryApiAsInfo() {
    assertThat(findings("context/transitive-sdk")).contains("transitive-proprietary-cloud-api vercel")
        .doesNotContain("no-proprietary-cloud-api vercel");
  }

  private static List<String> findings(String fixture) {
    var inventory = ScanFixtures.scan(ScanFixtures.resource(fixture));
    var assessment = new Evaluation().evaluate(inventory, new EvaluationOptions("default", null, FailOn.ERROR),
        Instant.parse("2026-01-01T00:00:00Z"), VendorLookup.fromCatalog(new CatalogLoader().load(List.of())));
    return assessment.findings().stream().map((Finding f) -> f.ruleId() + " " + f.subject().ref()).toList();
  }
}
