package nl.autonomy.core.lockin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.text.Ascii;
import nl.autonomy.core.text.Glob;

/**
 * The context rules of the lock-in judgement, read from the shipped
 * {@code policies/lockin/context.yaml}: when a sighting is not use, and which services speak an open
 * protocol that another store can serve.
 *
 * @param documentation URL globs (host and path) of documentation: a link is not use
 * @param emulators markers of local emulators with public keys or hosts: such a line is not use (kept in
 *     lower case)
 * @param runtimeImages image globs of vendor builds of open runtimes: not cloud use
 * @param openProtocols services whose API other stores speak, with the markers of a configured endpoint
 * @param pinningOnly purl globs of dependencies that only pin versions
 * @param documentationFiles path globs of files that document: never evidence of use
 * @param buildFiles path globs of files that build, test or run the product locally: build scope
 * @param productionMarkers words in a Compose file's name that make it part of what ships
 * @param ciSteps CI steps that mean a service only with certain inputs
 * @param pathOwners endpoint paths that make a host another service's use
 * @param runtimeArtifacts purl globs of artifacts loaded at run time without an import
 * @param buildTools words that make a line about a build, scan or test tool (build scope)
 */
public record LockInRules(
    List<String> documentation, List<String> emulators, List<String> runtimeImages,
    List<OpenProtocol> openProtocols, List<String> pinningOnly, List<String> documentationFiles,
    List<String> buildFiles, List<String> productionMarkers, List<CiStep> ciSteps, List<PathOwner> pathOwners,
    List<String> runtimeArtifacts, List<String> buildTools) {

  public static final String RESOURCE = "/nl/autonomy/policies/lockin/context.yaml";

  /**
   * The detector id of evidence that records where a client of an open-protocol service is
   * pointed (a marker of {@link OpenProtocol#markers()} with a URL): context, not use on its own.
   */
  public static final String OVERRIDE_DETECTOR = "signals.endpoint-override";

  /**
   * A service that is used through an open protocol when pointed at another store.
   *
   * @param service catalog service id
   * @param protocol the protocol's name, for people
   * @param markers text that, on a line with a URL, names the endpoint the client uses
   */
  public record OpenProtocol(
      String service, String protocol, List<String> markers, List<String> keys, List<String> genericKeys,
      List<String> nearby) {
    public OpenProtocol {
      markers = copy(markers);
      keys = copy(keys);
      genericKeys = copy(genericKeys).stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
      nearby = copy(nearby);
    }

    /** Whether {@code key} names the protocol's endpoint on its own ({@code S3_ENDPOINT}). */
    public boolean namesProtocol(String key) {
      return keys.stream().anyMatch(g -> Glob.of(g).matches(key));
    }

    /** Whether {@code key} is a generic endpoint key ({@code endpoint}, {@code endpoint_url}). */
    public boolean isGenericKey(String key) {
      return genericKeys.contains(key.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a line names the protocol ({@code bucket:}, {@code "s3"}) as a word. */
    public boolean mentionedIn(String line) {
      if (line == null) {
        return false;
      }
      String lower = line.toLowerCase(java.util.Locale.ROOT);
      for (String word : nearby) {
        int i = lower.indexOf(word);
        while (i >= 0) {
          boolean before = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
          int end = i + word.length();
          boolean after = end >= lower.length() || !Character.isLetter(lower.charAt(end));
          if (before && after) {
            return true;
          }
          i = lower.indexOf(word, i + 1);
        }
      }
      return false;
    }
  }

  /**
   * A CI step that means its service only with certain inputs.
   *
   * @param action the action or task ({@code docker/login-action})
   * @param service the catalog service it would reveal
   * @param onlyWith words of which the file must name one (an API token input)
   * @param registryInput the step input naming a registry, or null
   * @param registryHosts the hosts of the service's registry, as the input may name them
   */
  public record CiStep(String action, String service, List<String> onlyWith, String registryInput,
      List<String> registryHosts) {
    public CiStep {
      onlyWith = copy(onlyWith);
      registryHosts = copy(registryHosts);
    }
  }

  /**
   * Endpoint paths of a host that belong to another service.
   *
   * @param host host glob
   * @param paths path globs
   * @param service the service such a use belongs to
   */
  public record PathOwner(String host, List<String> paths, String service) {
    public PathOwner {
      paths = copy(paths);
    }
  }

  public LockInRules {
    documentation = copy(documentation);
    emulators = copy(emulators).stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList();
    runtimeImages = copy(runtimeImages);
    openProtocols = openProtocols == null ? List.of() : List.copyOf(openProtocols);
    pinningOnly = copy(pinningOnly);
    documentationFiles = copy(documentationFiles);
    buildFiles = copy(buildFiles);
    productionMarkers = copy(productionMarkers);
    ciSteps = ciSteps == null ? List.of() : List.copyOf(ciSteps);
    pathOwners = pathOwners == null ? List.of() : List.copyOf(pathOwners);
    runtimeArtifacts = copy(runtimeArtifacts);
    buildTools = copy(buildTools).stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  /** Whether the line names a build, scan or test tool (a scanner's image or database mirror). */
  public boolean namesBuildTool(String line) {
    for (String tool : buildTools) {
      if (Ascii.containsIgnoreCase(line, tool)) {
        return true;
      }
    }
    return false;
  }

  public static LockInRules none() {
    return new LockInRules(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The shipped rules; a broken shipped file is a bug, so it fails loudly. */
  public static LockInRules loadDefault() {
    try (InputStream in = LockInRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return mapper().readValue(in, LockInRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Whether the line mentions a local emulator (compared ignoring case). */
  public boolean mentionsEmulator(String line) {
    for (String emulator : emulators) {
      if (Ascii.containsIgnoreCase(line, emulator)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code hostAndPath} (no scheme) is a documentation link. */
  public boolean isDocumentation(String hostAndPath) {
    return documentation.stream().anyMatch(g -> Glob.of(g).matches(hostAndPath));
  }

  /** Whether the image reference is a vendor's build of an open runtime. */
  public boolean isRuntimeImage(String image) {
    return runtimeImages.stream().anyMatch(g -> Glob.of(g).matches(image));
  }

  /** Whether the file documents (README, changelog, template, docs folder): never evidence of use. */
  public boolean isDocumentationFile(String relativePath) {
    return matchesAtAnyDepth(documentationFiles, relativePath);
  }

  /**
   * Whether the file builds, tests or runs the product locally (CI, dev Compose, dev container):
   * what it names is build scope. A Compose file whose name says production is not.
   */
  public boolean isBuildFile(String relativePath) {
    if (!matchesAtAnyDepth(buildFiles, relativePath)) {
      return false;
    }
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    boolean compose = name.contains("compose");
    return !compose || productionMarkers.stream().noneMatch(m -> name.contains(m.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The rule for a CI step, if it has one. */
  public Optional<CiStep> ciStep(String action, String serviceId) {
    return ciSteps.stream().filter(s -> s.action().equalsIgnoreCase(action) && s.service().equals(serviceId))
        .findFirst();
  }

  /** The service that owns {@code host} with {@code path}, if a path rule gives it to another. */
  public Optional<String> pathOwner(String host, String path) {
    String bare = path;
    int q = bare.indexOf('?');
    if (q >= 0) {
      bare = bare.substring(0, q);
    }
    while (bare.length() > 1 && bare.endsWith("/")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    for (PathOwner owner : pathOwners) {
      String p = bare;
      if (Glob.of(owner.host()).matches(host) && owner.paths().stream().anyMatch(g -> Glob.of(g).matches(p))) {
        return Optional.of(owner.service());
      }
    }
    return Optional.empty();
  }

  /** Whether the component is loaded at run time without an import (a JDBC driver, a starter). */
  public boolean isRuntimeArtifact(String purl) {
    return purl != null && runtimeArtifacts.stream().anyMatch(g -> Glob.of(g).matches(purl));
  }

  /** {@code glob} against the path and against every part of it that starts after a slash. */
  static boolean matchesAtAnyDepth(List<String> globs, String relativePath) {
    String path = relativePath.replace('\\', '/');
    for (String g : globs) {
      Glob glob = Glob.of(g);
      int from = 0;
      while (true) {
        if (glob.matches(path.substring(from))) {
          return true;
        }
        int slash = path.indexOf('/', from);
        if (slash < 0) {
          break;
        }
        from = slash + 1;
      }
    }
    return false;
  }

  public boolean isPinningOnly(String purl) {
    return purl != null && pinningOnly.stream().anyMatch(g -> Glob.of(g).matches(purl));
  }

  public Optional<OpenProtocol> openProtocol(String serviceId) {
    return openProtocols.stream().filter(o -> o.service().equals(serviceId)).findFirst();
  }

  private static ObjectMapper mapper() {
    return YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
