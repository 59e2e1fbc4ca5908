package nl.autonomy.core.sbom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * URLs from scanned files (a POM's license or organization URL, an endpoint seen in code, often a
 * template such as {@code https://{account}.blob.core.windows.net}) are untrusted text; CycloneDX
 * wants IRI references. Characters a URI may never hold are percent-encoded; what still does not
 * parse as a URI reference is left out rather than making the BOM invalid.
 */
final class Iris {

  private static final String NEVER_IN_URIS = " \"<>{}|\\^`";

  private Iris() {
  }

  static Optional<String> reference(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    StringBuilder candidate = new StringBuilder();
    for (char ch : text.strip().toCharArray()) {
      if (NEVER_IN_URIS.indexOf(ch) >= 0) {
        candidate.append('%').append(String.format(java.util.Locale.ROOT, "%02X", (int) ch));
      } else {
        candidate.append(ch);
      }
    }
    try {
      new URI(candidate.toString());
      return Optional.of(candidate.toString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
