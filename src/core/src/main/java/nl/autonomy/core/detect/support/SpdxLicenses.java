package nl.autonomy.core.detect.support;

import nl.autonomy.core.classify.LicenseMatcher;
import nl.autonomy.core.model.DeclaredLicense;

/**
 * Matches a declared license name or URL to an SPDX id with the shared {@link LicenseMatcher} (the
 * SPDX license list's ids, names and URLs in every common spelling). Shared by every reader of POM
 * licenses, so the CLI and the Maven plugin name a license the same.
 */
public final class SpdxLicenses {

  private SpdxLicenses() {
  }

  /** The SPDX id or expression a license name or URL stands for, or null when neither is recognised. */
  public static String idOf(String name, String url) {
    return LicenseMatcher.shipped().match(name, url).orElse(null);
  }

  /** A declared license with its SPDX id filled in where the name or URL is recognised. */
  public static DeclaredLicense declared(String name, String url) {
    return new DeclaredLicense(idOf(name, url), name, url);
  }
}
