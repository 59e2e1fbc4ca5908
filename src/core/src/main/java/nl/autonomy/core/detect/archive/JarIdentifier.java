package nl.autonomy.core.detect.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Says what each delivered Java archive is, and whether its bytes are the ones Maven Central
 * publishes. In order of certainty: its own {@code pom.properties} (Maven wrote the coordinates
 * into it); else its SHA-1 equal to a same-named artifact of the local Maven repository; else its
 * SHA-1 equal to the published {@code .sha1} of coordinates its manifest and file name suggest (on
 * Central, when online); else its manifest's name and version; else its file name. Every jar gets
 * exactly one identity; the other pom.properties of a shaded jar are the artifacts merged into it.
 */
final class JarIdentifier {

  /** {@code name-1.2.3.jar}, {@code name-1.2.3-classifier.jar}: the name ends before the first "-digit". */
  static final Pattern NAME_VERSION = Pattern.compile("(.+?)-(\\d[\\w.+-]*)\\.(jar|war|ear)", Pattern.CASE_INSENSITIVE);
  /** Guesses per unidentified jar asked of Central: enough for the usual group spellings, no flood. */
  private static final int MAX_CANDIDATES = 6;

  private final LocalRepositoryChecksums local;
  private final Optional<CentralChecksums> central;

  JarIdentifier(LocalRepositoryChecksums local, Optional<CentralChecksums> central) {
    this.local = local;
    this.central = central;
  }

  /** The identities of {@code jars}, in their order, plus any problem met (Central unreachable). */
  List<JarIdentity> identify(List<EmbeddedJar> jars, List<Problem> problems) {
    List<JarIdentity> plans = new ArrayList<>();
    for (EmbeddedJar jar : jars) {
      plans.add(offline(jar));
    }
    if (central.isPresent()) {
      askCentral(plans, problems);
    }
    return plans.stream().map(JarIdentity::finish).toList();
  }

  private JarIdentity offline(EmbeddedJar jar) {
    JarIdentity id = new JarIdentity(jar);
    PomProperties primary = primary(jar);
    for (PomProperties p : jar.poms()) {
      if (p != primary) {
        id.shaded.add(p);
      }
    }
    if (primary != null) {
      boolean named = primary.namesFile(jar.fileName());
      id.identified(primary.coordinates(named ? primary.classifierIn(jar.fileName()) : null, jar.extension()),
          JarIdentity.BY_POM_PROPERTIES, primary.entry());
      id.classifierCertain = named;
      local.published(id.coordinates).ifPresent(id::published);
      return id;
    }
    Optional<MavenCoordinates> byContent = local.identify(jar.fileName(), jar.sha1());
    if (byContent.isPresent()) {
      id.identified(byContent.get(), JarIdentity.BY_SHA1_LOCAL, null);
      local.published(byContent.get()).ifPresent(id::published);
      return id;
    }
    for (MavenCoordinates c : candidates(jar)) {
      Optional<PublishedChecksum> known = local.published(c);
      if (known.isPresent() && known.get().sha1().equals(jar.sha1())) {
        id.identified(c, JarIdentity.BY_SHA1_LOCAL, null);
        id.published(known.get());
        return id;
      }
      id.candidates.add(c);
    }
    return id;
  }

  /**
   * The pom.properties that is the jar itself: the one its file is named after; else, for a file
   * not named artifact-version (renamed), the only one; else the one its manifest names. Null when
   * none can be told: then every pom.properties is an artifact shaded into it (a jar that carries
   * only a dependency's pom.properties, as zipkin's carries error_prone_annotations', is not that
   * dependency).
   */
  static PomProperties primary(EmbeddedJar jar) {
    List<PomProperties> poms = jar.poms();
    for (PomProperties p : poms) {
      if (p.namesFile(jar.fileName())) {
        return p;
      }
    }
    if (poms.size() == 1 && (jar.fileName().isEmpty() || !NAME_VERSION.matcher(jar.fileName()).matches())) {
      return poms.get(0);
    }
    ManifestFacts m = jar.manifest();
    List<PomProperties> byManifest = poms.stream().filter(p -> p.version().equals(m.version())
        && (p.artifactId().equals(m.implementationTitle()) || endsWithName(m.bundleSymbolicName(), p)
        || endsWithName(m.automaticModuleName(), p))).toList();
    return byManifest.size() == 1 ? byManifest.get(0) : null;
  }

  private static boolean endsWithName(String moduleName, PomProperties p) {
    return moduleName != null && (moduleName.equals(p.groupId() + "." + p.artifactId())
        || moduleName.equals(p.artifactId()));
  }

  /** Coordinates the file name and manifest suggest; only a SHA-1 match turns one into an identity. */
  static List<MavenCoordinates> candidates(EmbeddedJar jar) {
    Matcher m = NAME_VERSION.matcher(jar.fileName());
    if (!m.matches()) {
      return List.of();
    }
    String artifact = m.group(1);
    String version = m.group(2);
    String extension = m.group(3).toLowerCase(java.util.Locale.ROOT);
    Set<String> groups = new LinkedHashSet<>();
    ManifestFacts mf = jar.manifest();
    add(groups, mf.implementationVendorId());
    String title = mf.implementationTitle();
    if (title != null && title.indexOf('#') > 0) {
      add(groups, title.substring(0, title.indexOf('#'))); // Gradle Nebula's "group#artifact;version"
    }
    for (String module : new String[] {mf.bundleSymbolicName(), mf.automaticModuleName()}) {
      if (module != null) {
        add(groups, module.endsWith("." + artifact) ? module.substring(0, module.length() - artifact.length() - 1) : null);
        add(groups, module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : null);
        add(groups, module);
      }
    }
    add(groups, artifact);
    List<MavenCoordinates> out = new ArrayList<>();
    int dash = version.lastIndexOf('-');
    for (String g : groups) {
      out.add(new MavenCoordinates(g, artifact, version, null, extension));
      if (dash > 0 && dash < version.length() - 1) {
        out.add(new MavenCoordinates(g, artifact, version.substring(0, dash), version.substring(dash + 1), extension));
      }
    }
    return out.stream().filter(MavenCoordinates::safe).limit(MAX_CANDIDATES).toList();
  }

  /** Asks Central's search for the jars that name no coordinates; returns how many got no answer. */
  private long searchBySha1(List<JarIdentity> plans) {
    // what ships is worth a lookup; a wrapper or test-fixture jar is not sent anywhere
    List<JarIdentity> unnamed = plans.stream()
        .filter(id -> id.coordinates == null && id.jar.scope() == nl.autonomy.core.model.Scope.RUNTIME).toList();
    if (unnamed.isEmpty()) {
      return 0;
    }
    Map<String, CentralChecksums.Found> found = central.get().searchBySha1(unnamed.stream().map(id -> id.jar.sha1()).toList());
    long unreachable = 0;
    for (JarIdentity id : unnamed) {
      CentralChecksums.Found f = found.get(id.jar.sha1());
      if (f == null || f.status() == CentralChecksums.Status.UNREACHABLE) {
        unreachable++;
        continue;
      }
      List<MavenCoordinates> named = f.artifacts().stream()
          .filter(c -> id.jar.fileName().startsWith(c.artifactId() + "-" + c.version())).toList();
      List<MavenCoordinates> hits = named.isEmpty() ? f.artifacts() : named;
      if (hits.size() == 1) {
        MavenCoordinates c = hits.get(0);
        PomProperties asPom = new PomProperties(c.groupId(), c.artifactId(), c.version(), null);
        id.identified(asPom.coordinates(asPom.classifierIn(id.jar.fileName()), id.jar.extension()), JarIdentity.BY_SHA1_CENTRAL, null);
        id.published(new PublishedChecksum(id.jar.sha1(), PublishedChecksum.CENTRAL));
      }
    }
    return unreachable;
  }

  /**
   * A delivery's jars come in families (spring-core next to spring-beans): the groups of the
   * identified jars whose name starts like an unidentified one's are guesses worth a {@code .sha1}.
   */
  private static void addSiblingGroups(List<JarIdentity> plans) {
    Map<String, Set<String>> groupsByPrefix = new java.util.TreeMap<>();
    for (JarIdentity id : plans) {
      if (id.coordinates != null) {
        groupsByPrefix.computeIfAbsent(prefix(id.coordinates.artifactId()), k -> new java.util.TreeSet<>())
            .add(id.coordinates.groupId());
      }
    }
    for (JarIdentity id : plans) {
      if (id.coordinates != null) {
        continue;
      }
      Matcher m = NAME_VERSION.matcher(id.jar.fileName());
      if (!m.matches()) {
        continue;
      }
      for (String g : groupsByPrefix.getOrDefault(prefix(m.group(1)), Set.of())) {
        MavenCoordinates c = new MavenCoordinates(g, m.group(1), m.group(2), null, m.group(3).toLowerCase(java.util.Locale.ROOT));
        if (c.safe() && !id.candidates.contains(c) && id.candidates.size() < MAX_CANDIDATES + 3) {
          id.candidates.add(c);
        }
      }
    }
  }

  private static String prefix(String artifactId) {
    int dash = artifactId.indexOf('-');
    return dash < 0 ? artifactId : artifactId.substring(0, dash);
  }

  private static void add(Set<String> groups, String group) {
    if (group != null && !group.isBlank() && group.matches("[A-Za-z0-9_.-]+")) {
      groups.add(group);
    }
  }

  private void askCentral(List<JarIdentity> plans, List<Problem> problems) {
    long searchUnreachable = searchBySha1(plans);
    addSiblingGroups(plans);
    List<MavenCoordinates> wanted = new ArrayList<>();
    for (JarIdentity id : plans) {
      if (id.coordinates != null && id.published == null && !id.coordinates.snapshot()) {
        wanted.add(id.coordinates);
      } else if (id.coordinates == null && id.jar.scope() == nl.autonomy.core.model.Scope.RUNTIME) {
        wanted.addAll(id.candidates);
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Map<MavenCoordinates, CentralChecksums.Answer> answers = central.get().fetch(wanted);
    long unreachable = answers.values().stream().filter(a -> a.status() == CentralChecksums.Status.UNREACHABLE).count();
    for (JarIdentity id : plans) {
      if (id.coordinates != null) {
        CentralChecksums.Answer a = answers.get(id.coordinates);
        if (a != null) {
          id.central(a);
        }
        continue;
      }
      for (MavenCoordinates c : id.candidates) {
        CentralChecksums.Answer a = answers.get(c);
        if (a != null && a.status() == CentralChecksums.Status.PUBLISHED && a.sha1().equals(id.jar.sha1())) {
          id.identified(c, JarIdentity.BY_SHA1_CENTRAL, null);
          id.published(new PublishedChecksum(a.sha1(), PublishedChecksum.CENTRAL));
          break;
        }
        if (a != null && a.status() == CentralChecksums.Status.UNREACHABLE) {
          id.centralUnreachable = true;
        }
      }
    }
    if (searchUnreachable > 0) {
      long unnamed = plans.stream().filter(id -> id.coordinates == null && id.jar.scope() == nl.autonomy.core.model.Scope.RUNTIME).count();
      problems.add(Problem.warning(JarDetector.ID, Location.of(plans.get(0).jar.file()),
          "Maven Central's search (" + central.get().search() + ") could not be reached: the jars without "
              + "pom.properties were looked up by the .sha1 of coordinates guessed from their manifest, their "
              + "file name and the other artifacts of the delivery instead; " + unnamed + " stay unidentified"));
    }
    if (unreachable > 0) {
      problems.add(Problem.warning(JarDetector.ID, Location.of(plans.get(0).jar.file()),
          "Maven Central (" + central.get().base() + ") could not be reached for " + unreachable
              + " checksum(s): those jars keep an unknown checksum or identity"));
    }
  }
}
