package nl.autonomy.core.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.LicenseEntry;
import nl.autonomy.core.model.DeclaredLicense;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;

/**
 * Turns declared licenses (SPDX ids, names, URLs, as POMs and manifests write them) into one SPDX
 * expression: the catalog's aliases first, then CycloneDX Core Java's resolver with its SPDX list
 * and name mapping. Several declared licenses are a choice (dual licensing), joined with {@code OR}.
 * Results are cached per text: resolving is slow and projects repeat the same few names.
 */
final class SpdxNormalizer {

  /** SPDX's way of saying "nothing known": not a license. */
  private static final java.util.Set<String> NO_LICENSE = java.util.Set.of("NOASSERTION", "NONE", "UNKNOWN");

  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, Optional<String>> cache = new HashMap<>();

  SpdxNormalizer(Catalog catalog) {
    for (LicenseEntry l : catalog.licenses()) {
      aliases.put(key(l.id()), l.id());
      l.aliases().forEach(a -> aliases.put(key(a), l.id()));
    }
  }

  /** The SPDX expression for what a component declares, or empty when nothing resolves. */
  Optional<String> normalize(List<DeclaredLicense> declared) {
    List<String> ids = declared.stream().map(this::resolve).flatMap(Optional::stream).distinct().sorted().toList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    if (ids.size() == 1) {
      return Optional.of(ids.get(0));
    }
    return Optional.of(String.join(" OR ", ids.stream().map(SpdxNormalizer::group).toList()));
  }

  private Optional<String> resolve(DeclaredLicense d) {
    for (String text : new String[] {d.spdxExpression(), d.name(), d.url()}) {
      if (text != null) {
        Optional<String> r = cache.computeIfAbsent(text, this::resolveText);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> resolveText(String text) {
    if (NO_LICENSE.contains(text.strip().toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String alias = aliases.get(key(text));
    if (alias != null) {
      return Optional.of(alias);
    }
    if (SpdxExpressions.looksLikeExpression(text)) {
      return Optional.of(text.strip());
    }
    for (String variant : variants(text)) {
      String r = viaCycloneDx(variant);
      if (r != null) {
        String mapped = aliases.get(key(r));
        return Optional.of(mapped != null ? mapped : r);
      }
    }
    return Optional.empty();
  }

  /** URLs are written with and without https, www and a .txt or .html ending. */
  private static List<String> variants(String text) {
    String t = text.strip();
    if (!t.startsWith("http")) {
      return List.of(t);
    }
    String bare = t.replaceFirst("^https?://", "").replaceFirst("/$", "")
        .replaceFirst("\\.(txt|html|php)$", "");
    return List.of(t, "http://" + bare, "https://" + bare, "http://www." + bare.replaceFirst("^www\\.", ""),
        "https://" + bare.replaceFirst("^www\\.", ""));
  }

  private static String viaCycloneDx(String text) {
    LicenseChoice choice;
    try {
      choice = LicenseResolver.resolve(text);
    } catch (RuntimeException e) {
      // the resolver throws on odd input (an unparsable URL); an unresolved text is the answer
      return null;
    }
    if (choice == null) {
      return null;
    }
    if (choice.getExpression() != null) {
      return choice.getExpression().getValue();
    }
    return choice.getLicenses() == null ? null : choice.getLicenses().stream()
        .map(org.cyclonedx.model.License::getId).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String group(String expression) {
    return expression.contains(" ") && !expression.startsWith("(") ? "(" + expression + ")" : expression;
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
        .replaceFirst("/$", "");
  }
}
