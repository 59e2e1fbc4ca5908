package nl.autonomy.core.detect.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * What a jar's {@code META-INF/MANIFEST.MF} says about its identity: the Implementation headers
 * (Maven's archiver, Gradle), the OSGi Bundle headers, the JPMS module name. A name and a version,
 * and clues to the Maven groupId; never exact coordinates on their own.
 */
record ManifestFacts(
    String implementationTitle, String implementationVersion, String implementationVendorId,
    String bundleSymbolicName, String bundleVersion, String automaticModuleName) {

  static final ManifestFacts NONE = new ManifestFacts(null, null, null, null, null, null);
  static final String ENTRY = "META-INF/MANIFEST.MF";
  /** A manifest of a megabyte is already absurd; a larger one is not read. */
  static final int MAX_BYTES = 1024 * 1024;

  static ManifestFacts parse(byte[] bytes) throws IOException {
    Attributes main = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes();
    String bsn = value(main, "Bundle-SymbolicName");
    if (bsn != null && bsn.contains(";")) {
      bsn = bsn.substring(0, bsn.indexOf(';')).trim(); // "org.foo;singleton:=true"
    }
    return new ManifestFacts(value(main, "Implementation-Title"), value(main, "Implementation-Version"),
        value(main, "Implementation-Vendor-Id"), bsn, value(main, "Bundle-Version"),
        value(main, "Automatic-Module-Name"));
  }

  private static String value(Attributes a, String name) {
    String v = a.getValue(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /**
   * The name it gives itself as an identifier: the bundle's symbolic name, else the implementation
   * title when it is one ({@code spring-core}; the artifact of Gradle Nebula's {@code group#artifact;version}).
   * A display title such as "Spring Boot Actuator" is no package name: then the file name serves better.
   */
  String name() {
    if (bundleSymbolicName != null) {
      return bundleSymbolicName;
    }
    String title = implementationTitle;
    if (title != null && title.indexOf('#') > 0) {
      title = title.substring(title.indexOf('#') + 1).replaceFirst(";.*$", "");
    }
    return title != null && title.matches("[A-Za-z0-9_.-]+") ? title : null;
  }

  String version() {
    return bundleVersion != null ? bundleVersion : implementationVersion;
  }

  boolean identifies() {
    return name() != null && version() != null;
  }
}
