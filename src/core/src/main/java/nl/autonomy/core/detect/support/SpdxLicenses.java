package nl.autonomy.core.detect.support;

import nl.autonomy.core.model.DeclaredLicense;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;

/**
 * Matches a declared license name or URL to an SPDX id with CycloneDX Core Java's resolver (name
 * first, then URL), which knows the common spellings ("The Apache Software License, Version 2.0").
 * Shared by every reader of POM licenses, so the CLI and the Maven plugin name a license the same.
 */
public final class SpdxLicenses {

  private SpdxLicenses() {
  }

  /** The SPDX id or expression a license name or URL stands for, or null when neither is recognised. */
  public static String idOf(String name, String url) {
    for (String candidate : new String[] {name, url}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      LicenseChoice choice = LicenseResolver.resolve(candidate.strip(), false);
      if (choice != null && choice.getLicenses() != null && !choice.getLicenses().isEmpty()
          && choice.getLicenses().get(0).getId() != null) {
        return choice.getLicenses().get(0).getId();
      }
      if (choice != null && choice.getExpression() != null) {
        return choice.getExpression().getValue();
      }
    }
    return null;
  }

  /** A declared license with its SPDX id filled in where the name or URL is recognised. */
  public static DeclaredLicense declared(String name, String url) {
    return new DeclaredLicense(idOf(name, url), name, url);
  }
}
