package nl.autonomy.core.detect.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.SpdxLicenses;
import nl.autonomy.core.detect.support.CopyrightStatements;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Scope;

/**
 * The operating-system packages of an image, from the package managers' own databases: dpkg's
 * {@code var/lib/dpkg/status} (only packages in state {@code install ok installed}) and distroless
 * images' {@code var/lib/dpkg/status.d/*}, with each package's licenses from its machine-readable
 * {@code usr/share/doc/PACKAGE/copyright} (and its copyright statements); and apk's {@code lib/apk/db/installed}. Nothing is
 * executed: the databases are read as text.
 */
final class OsPackages {

  static final String DPKG_STATUS = "var/lib/dpkg/status";
  static final String DPKG_STATUS_D = "var/lib/dpkg/status.d/";
  static final String APK_INSTALLED = "lib/apk/db/installed";

  private OsPackages() {
  }

  static boolean isDpkg(String path) {
    return path.equals(DPKG_STATUS)
        || path.startsWith(DPKG_STATUS_D) && !path.endsWith(".md5sums") && path.indexOf('/', DPKG_STATUS_D.length()) < 0;
  }

  static boolean isCopyright(String path) {
    return path.startsWith("usr/share/doc/") && path.endsWith("/copyright")
        && path.chars().filter(c -> c == '/').count() == 4;
  }

  /**
   * The packages of one dpkg database file; {@code copyrights} maps a package to its copyright's
   * licenses, {@code statements} to its copyright file's statements.
   */
  static List<Component> dpkg(ImageFile file, String text, OsRelease os, Map<String, List<String>> copyrights,
      Map<String, Copyright> statements) {
    boolean statusD = file.path().startsWith(DPKG_STATUS_D);
    List<Component> out = new ArrayList<>();
    for (Stanzas.Stanza s : Stanzas.parse(text)) {
      String name = s.get("Package");
      String version = s.get("Version");
      String status = s.get("Status");
      if (name == null || version == null || !statusD && (status == null || !status.endsWith(" installed"))) {
        continue;
      }
      Map<String, String> q = new TreeMap<>();
      put(q, "arch", s.get("Architecture"));
      put(q, "distro", os.distro());
      String source = s.get("Source");
      if (source != null) {
        // "Source: openssl (3.0.11-1)" names the source package and, when it differs, its version
        put(q, "upstream", source.replaceAll("\\s*\\(([^)]*)\\)", "@$1").strip());
      }
      String purl = PurlFactory.create(Ecosystem.DEB.purlType(), os.namespace("debian"), name, version, q);
      Component.Builder b = PackageSighting.component(Ecosystem.DEB, purl, null, name, version)
          .direct(true).scope(Scope.RUNTIME)
          .organization(maintainer(s.get("Maintainer"), s.get("Homepage")))
          .property("autonomy:image:layer", file.layer())
          .evidence(new Evidence(ImageDetector.ID, EvidenceKind.CONTAINER, file.at(s.line()),
              "Package: " + name + " " + version, 1.0, Scope.RUNTIME));
      for (String license : copyrights.getOrDefault(name, List.of())) {
        b.declaredLicense(SpdxLicenses.declared(license, null));
      }
      b.copyright(statements.get(name));
      out.add(b.build());
    }
    return out;
  }

  /** The licenses a DEP-5 copyright file names for the package's files, in order, each once. */
  static List<String> copyrightLicenses(String text) {
    if (!text.startsWith("Format:")) {
      return List.of(); // a free-form copyright file: the license is prose, not a name
    }
    Set<String> out = new LinkedHashSet<>();
    for (Stanzas.Stanza s : Stanzas.parse(text)) {
      String license = s.get("License");
      if (s.get("Files") != null && license != null) {
        String first = license.lines().findFirst().orElse("").strip();
        if (!first.isEmpty()) {
          out.add(first);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The copyright statements of a package's copyright file: in a machine-readable (DEP-5) file the
   * lines of every {@code Copyright:} field, in order; in a free-form one only the lines that are
   * statements ({@link CopyrightStatements}), as prose around them is not.
   */
  static java.util.Optional<Copyright> copyrightStatements(ImageFile file, String text) {
    List<String> lines = new ArrayList<>();
    if (text.startsWith("Format:")) {
      for (Stanzas.Stanza s : Stanzas.parse(text)) {
        String written = s.get("Copyright");
        if (written != null) {
          // an empty continuation line is written " ." in DEP-5
          written.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals(".")).forEach(lines::add);
        }
      }
    } else {
      lines.addAll(CopyrightStatements.in(text));
    }
    return Copyright.of(ImageDetector.ID, file.at(0), lines);
  }

  /** The packages of apk's installed database. */
  static List<Component> apk(ImageFile file, String text, OsRelease os) {
    List<Component> out = new ArrayList<>();
    for (Stanzas.Stanza s : Stanzas.parse(text)) {
      String name = s.get("P");
      String version = s.get("V");
      if (name == null || version == null) {
        continue;
      }
      Map<String, String> q = new TreeMap<>();
      put(q, "arch", s.get("A"));
      put(q, "distro", os.distro());
      String purl = PurlFactory.create(Ecosystem.APK.purlType(), os.namespace("alpine"), name, version, q);
      Component.Builder b = PackageSighting.component(Ecosystem.APK, purl, null, name, version)
          .direct(true).scope(Scope.RUNTIME)
          .organization(maintainer(s.get("m"), s.get("U")))
          .property("autonomy:image:layer", file.layer())
          .evidence(new Evidence(ImageDetector.ID, EvidenceKind.CONTAINER, file.at(s.line()),
              "P:" + name + " V:" + version, 1.0, Scope.RUNTIME));
      String license = s.get("L");
      if (license != null && !license.isBlank()) {
        b.declaredLicense(license(license));
      }
      out.add(b.build());
    }
    return out;
  }

  /** apk and rpm write SPDX ids, sometimes joined with spaces, sometimes an old name. */
  static DeclaredLicense license(String written) {
    String id = SpdxLicenses.idOf(written, null);
    return new DeclaredLicense(id, written, null);
  }

  /** {@code Name <mail>} as the supplier; the homepage as its URL. */
  static Organization maintainer(String maintainer, String homepage) {
    if (maintainer == null || maintainer.isBlank()) {
      return null;
    }
    String name = maintainer.replaceAll("\\s*<[^>]*>\\s*", " ").strip();
    return new Organization(name.isEmpty() ? maintainer.strip() : name, homepage);
  }

  private static void put(Map<String, String> q, String key, String value) {
    if (value != null && !value.isBlank()) {
      q.put(key, value.strip());
    }
  }
}
