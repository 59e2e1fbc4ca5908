package nl.autonomy.core.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX License List, the one list of license ids in Autonomy: read from the copy CycloneDX Core
 * Java ships ({@code licenses/licenses.json}, the SPDX project's own JSON, version in {@link
 * #version()}), with the names and reference URLs of every license and CycloneDX's table of common
 * names ({@code license-mapping.json}). Nothing here is hand-kept: a new CycloneDX release brings a
 * new SPDX list.
 */
public final class SpdxLicenseList {

  /** One license of the list. */
  public record Entry(String id, String name, List<String> urls, boolean deprecated) {
  }

  private static final SpdxLicenseList SHIPPED = load();

  private final String version;
  private final Map<String, Entry> byLowerId;
  private final Map<String, String> mappedNames;

  private SpdxLicenseList(String version, Map<String, Entry> byLowerId, Map<String, String> mappedNames) {
    this.version = version;
    this.byLowerId = Collections.unmodifiableMap(byLowerId);
    this.mappedNames = Collections.unmodifiableMap(mappedNames);
  }

  public static SpdxLicenseList shipped() {
    return SHIPPED;
  }

  /** The SPDX License List version, e.g. {@code 3.27.0}. */
  public String version() {
    return version;
  }

  /** The canonical spelling of an SPDX id written in any case, if it is one. */
  public Optional<String> canonical(String id) {
    Entry e = id == null ? null : byLowerId.get(id.strip().toLowerCase(Locale.ROOT));
    return Optional.ofNullable(e).map(Entry::id);
  }

  /** Whether {@code id} is an SPDX license id (or a {@code LicenseRef-}, which SPDX allows). */
  public boolean isId(String id) {
    return canonical(id).isPresent() || id.startsWith("LicenseRef-") || id.contains(":LicenseRef-");
  }

  public Optional<Entry> entry(String id) {
    return Optional.ofNullable(byLowerId.get(id.toLowerCase(Locale.ROOT)));
  }

  public List<Entry> entries() {
    return List.copyOf(byLowerId.values());
  }

  /** CycloneDX's common names for licenses ("The Apache Software License, Version 2.0") to SPDX. */
  public Map<String, String> mappedNames() {
    return mappedNames;
  }

  private static SpdxLicenseList load() {
    ObjectMapper json = new ObjectMapper();
    ClassLoader loader = SpdxLicenseList.class.getClassLoader();
    try (InputStream list = loader.getResourceAsStream("licenses/licenses.json");
        InputStream mapping = loader.getResourceAsStream("license-mapping.json")) {
      if (list == null) {
        throw new IllegalStateException("the SPDX license list (licenses/licenses.json of cyclonedx-core-java) is missing");
      }
      JsonNode root = json.readTree(list);
      Map<String, Entry> byId = new HashMap<>();
      for (JsonNode l : root.path("licenses")) {
        List<String> urls = new ArrayList<>();
        urls.add(l.path("reference").asText());
        l.path("seeAlso").forEach(u -> urls.add(u.asText()));
        Entry e = new Entry(l.path("licenseId").asText(), l.path("name").asText(), List.copyOf(urls),
            l.path("isDeprecatedLicenseId").asBoolean());
        byId.put(e.id().toLowerCase(Locale.ROOT), e);
      }
      // in the table's order, the first mapping of a name wins (it lists "BSD License" twice)
      Map<String, String> names = new java.util.LinkedHashMap<>();
      if (mapping != null) {
        for (JsonNode m : json.readTree(mapping)) {
          String exp = m.path("exp").asText();
          m.path("names").forEach(n -> names.putIfAbsent(n.asText(), exp));
        }
      }
      return new SpdxLicenseList(root.path("licenseListVersion").asText(), byId, names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SPDX license list", e);
    }
  }
}
