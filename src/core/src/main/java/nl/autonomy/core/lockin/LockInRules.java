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
import nl.autonomy.core.detect.support.Ascii;
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
 */
public record LockInRules(
    List<String> documentation, List<String> emulators, List<String> runtimeImages,
    List<OpenProtocol> openProtocols, List<String> pinningOnly) {

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
  public record OpenProtocol(String service, String protocol, List<String> markers) {
    public OpenProtocol {
      markers = markers == null ? List.of() : List.copyOf(markers);
    }
  }

  public LockInRules {
    documentation = copy(documentation);
    emulators = copy(emulators).stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList();
    runtimeImages = copy(runtimeImages);
    openProtocols = openProtocols == null ? List.of() : List.copyOf(openProtocols);
    pinningOnly = copy(pinningOnly);
  }

  public static LockInRules none() {
    return new LockInRules(null, null, null, null, null);
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
