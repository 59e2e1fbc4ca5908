package nl.autonomy.core.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SPDX license ids the CycloneDX schema accepts in {@code license.id}: exactly the enumeration
 * in CycloneDX Core Java's bundled {@code spdx.schema.json}, so a BOM never fails validation for
 * an id the schema does not know (such ids are written as an expression or a name instead).
 */
final class SpdxIds {

  private static final Map<String, String> CANONICAL_BY_LOWER = load();

  private SpdxIds() {
  }

  /** The id as the SPDX list spells it, when {@code candidate} is one (ignoring case). */
  static Optional<String> canonical(String candidate) {
    return candidate == null ? Optional.empty()
        : Optional.ofNullable(CANONICAL_BY_LOWER.get(candidate.strip().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> load() {
    try (InputStream in = org.cyclonedx.CycloneDxSchema.class.getResourceAsStream("/spdx.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("spdx.schema.json is missing from cyclonedx-core-java");
      }
      JsonNode ids = new ObjectMapper().readTree(in).path("enum");
      Map<String, String> map = new HashMap<>();
      ids.forEach(id -> map.put(id.asText().toLowerCase(Locale.ROOT), id.asText()));
      if (map.isEmpty()) {
        throw new IllegalStateException("spdx.schema.json of cyclonedx-core-java lists no license ids");
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
