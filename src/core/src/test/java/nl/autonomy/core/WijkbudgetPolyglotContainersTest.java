package nl.autonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Inventory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The polyglot sample's Helm chart and container images through {@link Scanner}: the Dockerfile's
 * base image and the images in the chart's values as container components with their registry,
 * the chart as a project with its locked subchart, and no problems from either detector.
 */
class WijkbudgetPolyglotContainersTest {

  private static Inventory inventory;

  @BeforeAll
  static void scan() {
    inventory = new Scanner().scan(ScanRequest.of(java.nio.file.Path.of("../../samples/wijkbudget-polyglot"),
        ScanOptions.defaults().withOffline(true), null)).inventory();
  }

  private static String line(Component c) {
    return c.ref() + " " + c.scope().id() + (c.direct() ? " direct" : " transitive") + (c.optional() ? " optional" : "")
        + " @" + c.evidence().get(0).location();
  }

  @Test
  void containerImagesCarryTheirRegistry() {
    assertThat(inventory.components()).filteredOn(c -> c.ecosystem() == Ecosystem.DOCKER).extracting(
        WijkbudgetPolyglotContainersTest::line).containsExactly(
            "pkg:docker/library/python@3.12-slim?repository_url=docker.io runtime direct @Dockerfile:2",
            "pkg:docker/nginxinc/nginx-unprivileged@1.25-alpine?repository_url=docker.io runtime direct"
                + " @helm/wijkbudget/values.yaml:7",
            "pkg:docker/participatie/wijkbudget-backend@1.3.0?repository_url=registry.gemeente.example runtime direct"
                + " @helm/wijkbudget/values.yaml:3");
    assertThat(inventory.components()).filteredOn(c -> c.ecosystem() == Ecosystem.DOCKER)
        .extracting(c -> c.properties().get("autonomy:registry"))
        .containsExactly("docker.io", "docker.io", "registry.gemeente.example");
  }

  @Test
  void theChartIsAProjectWithItsLockedSubchart() {
    assertThat(inventory.components()).filteredOn(c -> c.ecosystem() == Ecosystem.HELM).extracting(
        WijkbudgetPolyglotContainersTest::line).containsExactly(
            "pkg:generic/postgresql@13.2.27?repository_url=oci%3A%2F%2Fregistry-1.docker.io%2Fbitnamicharts"
                + " runtime direct optional @helm/wijkbudget/Chart.lock:2",
            "pkg:generic/wijkbudget@0.4.0 runtime direct @helm/wijkbudget/Chart.yaml:2");
    assertThat(inventory.components()).filteredOn(c -> c.ref().equals("pkg:generic/wijkbudget@0.4.0")).singleElement()
        .satisfies(c -> assertThat(c.role()).isEqualTo(nl.autonomy.core.model.ComponentRole.PROJECT));
    assertThat(inventory.edges()).contains(new DependencyEdge("pkg:generic/wijkbudget@0.4.0",
        "pkg:generic/postgresql@13.2.27?repository_url=oci%3A%2F%2Fregistry-1.docker.io%2Fbitnamicharts"));
  }

  @Test
  void readsTheChartAndImagesWithoutProblems() {
    assertThat(inventory.problems()).filteredOn(p -> Set.of("helm", "container").contains(p.source())).isEmpty();
  }
}
