package nl.autonomy.core.detect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Scope;
import org.junit.jupiter.api.Test;

/** Scopes propagate from direct dependencies; what a runtime dependency pulls in ships. */
class GraphBuilderTest {

  @Test
  void aPackageReachedFromRuntimeAndDevShipsAndOneOnlyFromDevBuilds() {
    GraphBuilder g = new GraphBuilder();
    g.project(Component.builder("app", Ecosystem.NPM, "app").build());
    for (String ref : new String[] {"react", "loose-envify", "vite", "rollup", "orphan"}) {
      g.node(ref, () -> Component.builder(ref, Ecosystem.NPM, ref));
    }
    g.direct("app", "react", Scope.RUNTIME);
    g.direct("app", "vite", Scope.BUILD);
    g.edge("react", "loose-envify");
    g.edge("vite", "loose-envify");
    g.edge("vite", "rollup");
    g.statedScope("orphan", Scope.TEST);

    Detection d = g.build();

    Map<String, Scope> scopes = d.components().stream().collect(Collectors.toMap(Component::ref, Component::scope));
    assertThat(scopes).containsEntry("react", Scope.RUNTIME).containsEntry("loose-envify", Scope.RUNTIME)
        .containsEntry("vite", Scope.BUILD).containsEntry("rollup", Scope.BUILD).containsEntry("orphan", Scope.TEST);
    assertThat(d.components()).filteredOn(Component::direct).extracting(Component::ref)
        .containsExactlyInAnyOrder("react", "vite");
    assertThat(d.projects()).extracting(Component::ref).containsExactly("app");
  }

  @Test
  void edgesBetweenProjectsAreKeptButProjectsAreNotComponents() {
    GraphBuilder g = new GraphBuilder();
    g.project(Component.builder("ui", Ecosystem.NPM, "ui").build());
    g.project(Component.builder("api", Ecosystem.NPM, "api").build());
    g.direct("ui", "api", Scope.RUNTIME);

    Detection d = g.build();

    assertThat(d.components()).isEmpty();
    assertThat(d.edges()).singleElement().satisfies(e -> assertThat(e.from() + ">" + e.to()).isEqualTo("ui>api"));
  }
}
