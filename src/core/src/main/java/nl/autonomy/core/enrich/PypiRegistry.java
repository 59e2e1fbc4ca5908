package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Organization;

/**
 * PyPI's JSON API for one release ({@code /pypi/<name>/<version>/json}). The license comes from
 * the first of: {@code license_expression} (PEP 639, an SPDX expression), {@code license} when it
 * is a name (when it holds a whole license text, the text is matched to SPDX), the
 * {@code License ::} trove classifiers that name one license and version unambiguously. The
 * supplier is {@code author}, else the name in {@code author_email}, else {@code maintainer}.
 */
final class PypiRegistry implements RegistrySource {

  /** Trove classifiers that name exactly one SPDX license ("BSD License" does not: which BSD?). */
  static final Map<String, String> CLASSIFIERS = Map.ofEntries(
      Map.entry("MIT License", "MIT"),
      Map.entry("MIT No Attribution License (MIT-0)", "MIT-0"),
      Map.entry("ISC License (ISCL)", "ISC"),
      Map.entry("The Unlicense (Unlicense)", "Unlicense"),
      Map.entry("Mozilla Public License 2.0 (MPL 2.0)", "MPL-2.0"),
      Map.entry("Mozilla Public License 1.1 (MPL 1.1)", "MPL-1.1"),
      Map.entry("Eclipse Public License 2.0 (EPL-2.0)", "EPL-2.0"),
      Map.entry("Boost Software License 1.0 (BSL-1.0)", "BSL-1.0"),
      Map.entry("zlib/libpng License", "Zlib"),
      Map.entry("Python Software Foundation License", "PSF-2.0"),
      Map.entry("Historical Permission Notice and Disclaimer (HPND)", "HPND"),
      Map.entry("CC0 1.0 Universal (CC0 1.0) Public Domain Dedication", "CC0-1.0"),
      Map.entry("GNU General Public License v2 (GPLv2)", "GPL-2.0-only"),
      Map.entry("GNU General Public License v2 or later (GPLv2+)", "GPL-2.0-or-later"),
      Map.entry("GNU General Public License v3 (GPLv3)", "GPL-3.0-only"),
      Map.entry("GNU General Public License v3 or later (GPLv3+)", "GPL-3.0-or-later"),
      Map.entry("GNU Lesser General Public License v2 (LGPLv2)", "LGPL-2.0-only"),
      Map.entry("GNU Lesser General Public License v2 or later (LGPLv2+)", "LGPL-2.0-or-later"),
      Map.entry("GNU Lesser General Public License v3 (LGPLv3)", "LGPL-3.0-only"),
      Map.entry("GNU Lesser General Public License v3 or later (LGPLv3+)", "LGPL-3.0-or-later"),
      Map.entry("GNU Affero General Public License v3", "AGPL-3.0-only"),
      Map.entry("GNU Affero General Public License v3 or later (AGPLv3+)", "AGPL-3.0-or-later"),
      Map.entry("European Union Public Licence 1.2 (EUPL 1.2)", "EUPL-1.2"),
      Map.entry("European Union Public Licence 1.1 (EUPL 1.1)", "EUPL-1.1"));
  /** Longer than this, {@code license} is a license text rather than a name. */
  private static final int NAME_MAX = 120;

  private final String base;

  PypiRegistry(RegistryEndpoints endpoints) {
    this.base = endpoints.base("pypi");
  }

  @Override
  public String id() {
    return "pypi";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.PYPI && c.version() != null && !c.version().isBlank();
  }

  @Override
  public String key(Component c) {
    return normalized(c.name()) + "@" + c.version();
  }

  /** PEP 503: names compare case-insensitively with runs of {@code -_.} as one {@code -}. */
  static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  @Override
  public String url(Component c) {
    return base + "/pypi/" + normalized(c.name()) + "/" + c.version() + "/json";
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    Optional<JsonNode> answer = http.json(url);
    if (answer.isEmpty()) {
      return RegistryFacts.absent();
    }
    JsonNode info = answer.get().path("info");
    return RegistryFacts.of(licenses(info), url, supplier(info), url);
  }

  static List<DeclaredLicense> licenses(JsonNode info) {
    List<DeclaredLicense> out = new ArrayList<>();
    String expression = RegistryFacts.text(info, "license_expression");
    if (expression != null) {
      out.add(new DeclaredLicense(expression, null, null));
      return out;
    }
    String license = RegistryFacts.text(info, "license");
    if (license != null && license.length() <= NAME_MAX && !license.contains("\n")) {
      DeclaredLicense d = Facts.license(license);
      if (d != null) {
        out.add(d);
        return out;
      }
    } else if (license != null) {
      var matched = LicenseTextMatcher.match(license);
      if (matched.isPresent()) {
        out.add(DeclaredLicense.spdx(matched.get()));
        return out;
      }
    }
    for (JsonNode classifier : info.path("classifiers")) {
      String c = classifier.asText();
      if (c.startsWith("License :: ")) {
        String id = CLASSIFIERS.get(c.substring(c.lastIndexOf(" :: ") + 4));
        if (id != null) {
          out.add(DeclaredLicense.spdx(id));
        }
      }
    }
    return out;
  }

  static Organization supplier(JsonNode info) {
    String author = RegistryFacts.text(info, "author");
    if (author == null) {
      String email = RegistryFacts.text(info, "author_email");
      if (email != null && email.contains("<")) {
        author = email.substring(0, email.indexOf('<')).strip().replaceAll("^\"|\"$", "");
      }
    }
    if (author == null || author.isBlank()) {
      author = RegistryFacts.text(info, "maintainer");
    }
    return Facts.supplier(author, null);
  }
}
