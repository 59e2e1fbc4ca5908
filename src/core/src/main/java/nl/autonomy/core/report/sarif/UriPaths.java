package nl.autonomy.core.report.sarif;

import java.net.URI;
import java.net.URISyntaxException;

/** A relative path as a URI reference, so spaces and non-ASCII names stay valid in SARIF. */
final class UriPaths {

  private UriPaths() {
  }

  static String encode(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + relativePath, e);
    }
  }
}
