package nl.autonomy.core.sbom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * URLs from scanned files (a POM's license or organization URL, an endpoint seen in code) are
 * untrusted text; CycloneDX wants IRI references. Blanks are percent-encoded, anything that still
 * does not parse as a URI reference is left out rather than making the BOM invalid.
 */
final class Iris {

  private Iris() {
  }

  static Optional<String> reference(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String candidate = text.strip().replace(" ", "%20");
    try {
      new URI(candidate);
      return Optional.of(candidate);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
