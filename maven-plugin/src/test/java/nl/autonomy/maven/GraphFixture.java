package nl.autonomy.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.DefaultDependencyNode;
import org.eclipse.aether.graph.DependencyNode;

/**
 * A resolved Maven graph written as an indented text tree (see {@code graphs/*.tree}), turned into
 * the Resolver 1.x node objects Maven hands the plugin. A line seen twice becomes one shared node,
 * as the resolver shares nodes between paths.
 */
record GraphFixture(String projectRef, DependencyNode root, DeclarationIndex declarations, boolean includeTestScope) {

  static GraphFixture read(Path file) throws IOException {
    DefaultDependencyNode root = new DefaultDependencyNode((org.eclipse.aether.graph.Dependency) null);
    List<DefaultDependencyNode> stack = new ArrayList<>(List.of(root));
    Map<String, DefaultDependencyNode> shared = new HashMap<>();
    List<Dependency> managed = new ArrayList<>();
    String projectRef = null;
    boolean includeTest = true;
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("project ")) {
        String[] gav = line.substring(8).strip().split(":");
        projectRef = nl.autonomy.core.detect.maven.MavenPurls.of(gav[0], gav[1], gav[2], null, "jar");
      } else if (line.startsWith("managed ")) {
        managed.add(managedEntry(line.substring(8).strip().split(" ")));
      } else if (line.startsWith("option includeTestScope=")) {
        includeTest = Boolean.parseBoolean(line.substring(line.indexOf('=') + 1).strip());
      } else {
        int depth = (line.length() - line.stripLeading().length()) / 2;
        String spec = line.strip();
        DefaultDependencyNode node = shared.computeIfAbsent(spec, GraphFixture::node);
        while (stack.size() > depth + 1) {
          stack.remove(stack.size() - 1);
        }
        stack.get(depth).getChildren().add(node);
        stack.add(node);
      }
    }
    DeclarationIndex declarations = DeclarationIndex.of(List.of(), managed, Path.of("/work/app"), "pom.xml");
    return new GraphFixture(projectRef, root, declarations, includeTest);
  }

  private static DefaultDependencyNode node(String spec) {
    String[] words = spec.split(" ");
    String[] c = words[0].split(":");
    boolean classified = c.length == 6;
    DefaultArtifact artifact = new DefaultArtifact(c[0], c[1], classified ? c[3] : "", c[2], c[classified ? 4 : 3]);
    String scope = c[classified ? 5 : 4];
    boolean optional = false;
    Map<Object, Object> data = new HashMap<>();
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals("optional")) {
        optional = true;
      } else if (words[i].startsWith("premanaged=")) {
        data.put("premanaged.version", words[i].substring("premanaged=".length()));
      }
    }
    DefaultDependencyNode node = new DefaultDependencyNode(
        new org.eclipse.aether.graph.Dependency(artifact, scope, optional));
    node.setData(data);
    node.setChildren(new ArrayList<>());
    return node;
  }

  private static Dependency managedEntry(String[] words) {
    String[] key = words[0].split(":");
    Dependency d = new Dependency();
    d.setGroupId(key[0]);
    d.setArtifactId(key[1]);
    d.setType(key[2]);
    d.setVersion("managed");
    InputSource source = new InputSource();
    source.setModelId(words[1]);
    d.setLocation("version", new InputLocation(10, 5, source));
    return d;
  }
}
