package nl.autonomy.core.enrich;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;

/**
 * The Go module proxy ({@code /<module>/@v/<version>.zip}, upper-case letters escaped as
 * {@code !} + lower case as the proxy protocol requires): the license files at the module's root
 * ({@code LICENSE}, {@code LICENCE}, {@code COPYING}, with any suffix) are matched to SPDX by their
 * text. Several recognised files apply together ({@code AND}). Go modules name no supplier.
 */
final class GoModuleProxy implements RegistrySource {

  /** License files larger than this are not license texts. */
  private static final int MAX_LICENSE_FILE = 256 * 1024;

  private final String base;

  GoModuleProxy(RegistryEndpoints endpoints) {
    this.base = endpoints.base("go");
  }

  @Override
  public String id() {
    return "go";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.GOLANG && c.version() != null && c.version().startsWith("v");
  }

  @Override
  public boolean lacksFacts(Component c) {
    return c.declaredLicenses().isEmpty();
  }

  @Override
  public String key(Component c) {
    return modulePath(c) + "@" + c.version();
  }

  static String modulePath(Component c) {
    return c.group() == null ? c.name() : c.group() + "/" + c.name();
  }

  @Override
  public String url(Component c) {
    return base + "/" + escape(modulePath(c)) + "/@v/" + escape(c.version()) + ".zip";
  }

  /** The proxy protocol's case encoding: {@code github.com/Azure} is {@code github.com/!azure}. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('!').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    // the proxy answers 410 Gone for what it will never serve: no such module, as 404
    java.util.Optional<RegistryHttp.Response> r = http.found(url, Map.of());
    if (r.isEmpty()) {
      return RegistryFacts.absent();
    }
    Map<String, String> files = licenseFiles(r.get().body(), modulePath(c) + "@" + c.version() + "/");
    List<String> ids = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    files.forEach((name, text) -> LicenseTextMatcher.match(text).ifPresentOrElse(
        id -> { if (!ids.contains(id)) { ids.add(id); } }, () -> unmatched.add(name)));
    List<DeclaredLicense> licenses = ids.isEmpty() ? List.of()
        : List.of(DeclaredLicense.spdx(ids.size() == 1 ? ids.get(0) : String.join(" AND ", ids)));
    RegistryFacts facts = RegistryFacts.of(licenses, url, null, null)
        .withProperty("go.license.files", String.join(",", files.keySet()));
    return unmatched.isEmpty() ? facts : facts.withProperty("go.license.unmatched", String.join(",", unmatched));
  }

  /** Root-level license files of a module zip, by name. */
  static Map<String, String> licenseFiles(byte[] zip, String prefix) throws LookupException {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        String name = e.getName();
        if (e.isDirectory() || !name.startsWith(prefix) || name.substring(prefix.length()).contains("/")) {
          continue;
        }
        String file = name.substring(prefix.length());
        String upper = file.toUpperCase(Locale.ROOT);
        if (upper.startsWith("LICENSE") || upper.startsWith("LICENCE") || upper.startsWith("COPYING")) {
          byte[] bytes = in.readNBytes(MAX_LICENSE_FILE + 1);
          if (bytes.length <= MAX_LICENSE_FILE) {
            files.put(file, new String(bytes, StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new LookupException("the module zip could not be read: " + e.getMessage());
    }
    return files;
  }
}
