package nl.autonomy.core.detect.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import org.junit.jupiter.api.Test;

/**
 * The one Maven graph mapping, on hand-made graphs: a node shared by two paths is one component,
 * a cycle ends, reactor projects get edges but no component, an excluded node takes what only it
 * brings in along, and direct and managed dependencies carry where they were declared and managed.
 */
class MavenGraphMapperTest {

  @Test
  void sharedNodesCyclesReactorProjectsAndDeclarations() {
    Node root = new Node("nl.example", "app", "1.0", "", null);
    Node left = new Node("org.example", "left", "1.0", "compile", null);
    Node right = new Node("org.example", "right", "1.0", "runtime", null);
    Node shared = new Node("org.example", "shared", "2.0", "compile", "1.5");
    Node module = new Node("nl.example", "module", "1.0", "compile", null);
    Node testOnly = new Node("org.example", "junit-ish", "1.0", "test", null);
    Node underTest = new Node("org.example", "only-via-test", "1.0", "test", null);
    root.children.addAll(List.of(left, right, module, testOnly));
    left.children.add(shared);
    right.children.add(shared);
    shared.children.add(left); // a cycle back to a direct dependency
    testOnly.children.add(underTest);

    List<Component> components = new ArrayList<>();
    TreeSet<String> edges = new TreeSet<>();
    MavenGraphMapper mapper = new MavenGraphMapper(
        n -> n.artifactId().equals("shared")
            ? Optional.of(new MavenPomFacts(List.of(), null, List.of("Example BV"))) : Optional.empty(),
        n -> n.artifactId().equals("module"),
        n -> !"test".equals(n.scope()),
        Map.of("marker", "yes"));
    mapper.map("pkg:maven/nl.example/app@1.0", root, new MavenGraphMapper.Declarations() {
      @Override
      public Optional<Location> declaration(MavenGraphNode direct) {
        return Optional.of(Location.of("pom.xml", 12));
      }

      @Override
      public Optional<String> directManagedBy(MavenGraphNode direct) {
        return Optional.empty();
      }

      @Override
      public Optional<String> managedBy(MavenGraphNode node) {
        return Optional.of("nl.example:bom:1");
      }
    }, new MavenGraphMapper.Sink() {
      @Override
      public void component(Component component) {
        components.add(component);
      }

      @Override
      public void edge(String from, String to) {
        edges.add(from + " -> " + to);
      }
    });

    assertThat(components).extracting(Component::ref).containsExactly(
        "pkg:maven/org.example/left@1.0", "pkg:maven/org.example/shared@2.0", "pkg:maven/org.example/right@1.0");
    Component leftC = components.get(0);
    assertThat(leftC.direct()).isTrue();
    assertThat(leftC.evidence()).extracting(e -> e.location().toString()).containsExactly("pom.xml:12");
    assertThat(leftC.properties()).containsEntry("maven.scope", "compile").containsEntry("marker", "yes");
    Component sharedC = components.get(1);
    assertThat(sharedC.direct()).isFalse();
    assertThat(sharedC.evidence()).isEmpty();
    assertThat(sharedC.properties()).containsEntry("maven.premanagedVersion", "1.5")
        .containsEntry("maven.managedBy", "nl.example:bom:1")
        .containsEntry("maven.developers.organization", "Example BV");
    assertThat(edges).containsExactly(
        "pkg:maven/nl.example/app@1.0 -> pkg:maven/nl.example/module@1.0",
        "pkg:maven/nl.example/app@1.0 -> pkg:maven/org.example/left@1.0",
        "pkg:maven/nl.example/app@1.0 -> pkg:maven/org.example/right@1.0",
        "pkg:maven/org.example/left@1.0 -> pkg:maven/org.example/shared@2.0",
        "pkg:maven/org.example/right@1.0 -> pkg:maven/org.example/shared@2.0",
        "pkg:maven/org.example/shared@2.0 -> pkg:maven/org.example/left@1.0");
  }

  @Test
  void purlsCarryTypeAndClassifierOnlyForWhatIsNotAPlainJar() {
    assertThat(MavenPurls.of("g", "a", "1", "", "jar")).isEqualTo("pkg:maven/g/a@1");
    assertThat(MavenPurls.of("g", "a", "1", "tests", "jar")).isEqualTo("pkg:maven/g/a@1?classifier=tests");
    assertThat(MavenPurls.of("g", "a", "1", null, "pom")).isEqualTo("pkg:maven/g/a@1?type=pom");
    assertThat(MavenPurls.extensionOf("maven-plugin")).isEqualTo("jar");
    assertThat(MavenPurls.extensionOf("war")).isEqualTo("war");
  }

  private static final class Node implements MavenGraphNode {
    private final String group;
    private final String artifact;
    private final String version;
    private final String scope;
    private final String premanaged;
    private final List<Node> children = new ArrayList<>();

    Node(String group, String artifact, String version, String scope, String premanaged) {
      this.group = group;
      this.artifact = artifact;
      this.version = version;
      this.scope = scope;
      this.premanaged = premanaged;
    }

    @Override
    public String groupId() {
      return group;
    }

    @Override
    public String artifactId() {
      return artifact;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public String classifier() {
      return "";
    }

    @Override
    public String extension() {
      return "jar";
    }

    @Override
    public String scope() {
      return scope;
    }

    @Override
    public boolean optional() {
      return false;
    }

    @Override
    public String premanagedVersion() {
      return premanaged;
    }

    @Override
    public List<String> relocations() {
      return List.of();
    }

    @Override
    public List<Node> children() {
      return children;
    }
  }
}
