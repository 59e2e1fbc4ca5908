package nl.autonomy.core.classify;

import java.util.List;
import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.model.DeclaredLicense;

/**
 * Turns declared licenses (SPDX ids, names, URLs, as POMs and manifests write them) into one SPDX
 * expression with the {@link LicenseMatcher}: the catalog's aliases first, then the SPDX list's ids,
 * names and URLs. Several declared licenses are a choice (dual licensing), joined with {@code OR}.
 */
final class SpdxNormalizer {

  private final LicenseMatcher matcher;

  SpdxNormalizer(Catalog catalog) {
    this.matcher = new LicenseMatcher(SpdxLicenseList.shipped(), LicenseMatcher.aliasesOf(catalog.licenses()));
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
    // the name (helped by the URL) before the id a reader derived from it: the name is what was written
    Optional<String> r = matcher.match(d.name(), d.url());
    if (r.isEmpty() && d.spdxExpression() != null) {
      r = matcher.match(d.spdxExpression());
    }
    return r;
  }

  private static String group(String expression) {
    return expression.contains(" ") && !expression.startsWith("(") ? "(" + expression + ")" : expression;
  }
}
