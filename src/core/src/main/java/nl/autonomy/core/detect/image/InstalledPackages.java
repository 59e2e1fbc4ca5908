package nl.autonomy.core.detect.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.SpdxLicenses;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Scope;

/**
 * Language packages installed in an image, where there is no lockfile to read: every {@code
 * node_modules/NAME/package.json} and {@code node_modules/@SCOPE/NAME/package.json} (at any
 * depth: nested node_modules are packages too), and every Python {@code *.dist-info/METADATA}
 * (wheels, pip) and {@code *.egg-info/PKG-INFO}. Java archives go through the archive detector.
 */
final class InstalledPackages {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NODE = Pattern.compile("(?:.*/)?node_modules/(?:@[^/]+/)?[^/@][^/]*/package\\.json");
  private static final Pattern PYTHON = Pattern.compile(".*/[^/]+\\.dist-info/METADATA|.*/[^/]+\\.egg-info/PKG-INFO");

  private InstalledPackages() {
  }

  static boolean isNode(String path) {
    return NODE.matcher(path).matches();
  }

  static boolean isPython(String path) {
    return PYTHON.matcher(path).matches();
  }

  /** The npm package of a package.json, or null when it names no package (a nested folder's). */
  static Component node(ImageFile file, String text) throws IOException {
    JsonNode pkg = JSON.readTree(text);
    String name = pkg.path("name").asText("");
    String version = pkg.path("version").asText("");
    if (name.isEmpty() || version.isEmpty()) {
      return null;
    }
    Component.Builder b = PackageSighting.component(Ecosystem.NPM, PurlFactory.npm(name, version),
            PurlFactory.NpmName.parse(name).scope(), PurlFactory.NpmName.parse(name).name(), version)
        .direct(true).scope(Scope.RUNTIME)
        .property(PropertyNames.IMAGE_LAYER, file.layer())
        .evidence(new Evidence(ImageDetector.ID, EvidenceKind.CONTAINER, file.at(0),
            name + "@" + version, 1.0, Scope.RUNTIME));
    JsonNode license = pkg.path("license");
    if (license.isTextual() && !license.asText().isBlank()) {
      b.declaredLicense(spdxOrName(license.asText()));
    } else if (license.isObject() && license.path("type").isTextual()) {
      b.declaredLicense(spdxOrName(license.path("type").asText()));
    }
    JsonNode author = pkg.path("author");
    String who = author.isTextual() ? author.asText() : author.path("name").asText("");
    if (!who.isBlank()) {
      b.organization(OsPackages.maintainer(who, pkg.path("homepage").asText(null)));
    }
    return b.build();
  }

  /** The PyPI package of a METADATA or PKG-INFO file (RFC 822 headers), or null without name or version. */
  static Component python(ImageFile file, String text) {
    int end = text.indexOf("\n\n");
    List<Stanzas.Stanza> head = Stanzas.parse(end < 0 ? text : text.substring(0, end));
    if (head.isEmpty()) {
      return null;
    }
    Stanzas.Stanza s = head.get(0);
    String name = s.get("Name");
    String version = s.get("Version");
    if (name == null || version == null || name.isBlank() || version.isBlank()) {
      return null;
    }
    Component.Builder b = PackageSighting.component(Ecosystem.PYPI, PurlFactory.pypi(name, version), null,
            PurlFactory.pypiName(name), version)
        .direct(true).scope(Scope.RUNTIME)
        .property(PropertyNames.IMAGE_LAYER, file.layer())
        .evidence(new Evidence(ImageDetector.ID, EvidenceKind.CONTAINER, file.at(1),
            "Name: " + name + ", Version: " + version, 1.0, Scope.RUNTIME));
    String expression = s.get("License-Expression");
    String license = s.get("License");
    if (expression != null && !expression.isBlank()) {
      b.declaredLicense(DeclaredLicense.spdx(expression.strip()));
    } else if (license != null && !license.isBlank() && !license.equalsIgnoreCase("UNKNOWN") && license.length() < 200) {
      b.declaredLicense(SpdxLicenses.declared(license.strip(), null));
    }
    String author = s.get("Author") != null ? s.get("Author") : s.get("Author-email");
    if (author != null && !author.isBlank()) {
      b.organization(OsPackages.maintainer(author, s.get("Home-page")));
    }
    return b.build();
  }

  private static DeclaredLicense spdxOrName(String written) {
    String id = SpdxLicenses.idOf(written, null);
    return new DeclaredLicense(id != null ? id : null, written, null);
  }

}
