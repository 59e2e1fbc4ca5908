package nl.autonomy.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Finds the Maven builds among the pom.xml files of a scan, the way a Maven user sees them: a pom
 * is a module of a reactor only when a reactor's {@code <modules>} (or those of a profile active
 * by default) reach it; a pom that no reactor lists, such as a module commented out of its
 * parent's {@code <modules>}, is a build of its own (a standalone project), because that is what
 * {@code mvn} in its folder would build. Each pom belongs to the first reactor reaching it. A pom
 * that no reactor lists and that lies in a project's test sources ({@code src/test/},
 * {@code src/it/}) is test data, such as a Maven plugin's integration-test projects: not a build.
 */
final class ReactorDiscovery {

  /** The builds found and the poms that could not be read. */
  record Result(List<Reactor> reactors, List<Problem> problems) {
  }

  private ReactorDiscovery() {
  }

  static Result discover(Path root, List<String> pomFiles) {
    Map<String, PomHeader> headers = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String pom : pomFiles.stream().sorted().toList()) {
      SafePomReader.Outcome outcome = SafePomReader.read(root, pom);
      if (outcome.problem() != null) {
        problems.add(outcome.problem());
      } else {
        headers.put(pom, outcome.header());
      }
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    Set<String> listed = new HashSet<>();
    for (PomHeader header : headers.values()) {
      List<String> modules = new ArrayList<>();
      for (String module : header.modules()) {
        String target = modulePom(header.path(), module);
        if (target == null) {
          problems.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, Location.of(header.path()),
              "module '" + module + "' points outside the scanned folder; it is not scanned"));
        } else if (headers.containsKey(target)) {
          modules.add(target);
          listed.add(target);
        } else if (!pomFiles.contains(target)) {
          problems.add(Problem.warning(ResolverMavenGraphProvider.SOURCE, Location.of(header.path()),
              "module '" + module + "' has no pom.xml at " + target + "; the reactor is scanned without it"));
        }
      }
      children.put(header.path(), modules);
    }
    List<Reactor> reactors = new ArrayList<>();
    Set<String> assigned = new HashSet<>();
    for (PomHeader header : headers.values()) {
      if (isTestData(header.path()) && !listed.contains(header.path())) {
        assigned.add(header.path());
      }
    }
    for (PomHeader header : headers.values()) {
      if (!listed.contains(header.path()) && !assigned.contains(header.path())) {
        reactors.add(new Reactor(header, collect(header.path(), headers, children, assigned)));
      }
    }
    // poms reached only through a cycle of <modules> have no root: each becomes its own build
    for (PomHeader header : headers.values()) {
      if (!assigned.contains(header.path())) {
        reactors.add(new Reactor(header, collect(header.path(), headers, children, assigned)));
      }
    }
    return new Result(reactors, problems);
  }

  private static List<PomHeader> collect(String start, Map<String, PomHeader> headers,
      Map<String, List<String>> children, Set<String> assigned) {
    List<PomHeader> members = new ArrayList<>();
    List<String> queue = new ArrayList<>(List.of(start));
    while (!queue.isEmpty()) {
      String next = queue.remove(0);
      if (assigned.add(next)) {
        members.add(headers.get(next));
        queue.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return members;
  }

  static boolean isTestData(String pom) {
    String p = "/" + pom;
    return p.contains("/src/test/") || p.contains("/src/it/");
  }

  /**
   * The pom a {@code <module>} entry names: a folder holding a pom.xml or a pom file itself,
   * relative to the listing pom's folder; null when it leaves the scanned root.
   */
  static String modulePom(String listingPom, String module) {
    String dir = listingPom.contains("/") ? listingPom.substring(0, listingPom.lastIndexOf('/')) : "";
    String joined = dir.isEmpty() ? module : dir + "/" + module;
    Path normalized = Path.of(joined.replace('\\', '/')).normalize();
    String p = normalized.toString().replace('\\', '/');
    if (p.startsWith("..") || normalized.isAbsolute()) {
      return null;
    }
    if (p.isEmpty()) {
      return null;
    }
    return p.endsWith(".xml") ? p : p + "/pom.xml";
  }
}
