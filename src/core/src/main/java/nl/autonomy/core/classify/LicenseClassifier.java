package nl.autonomy.core.classify;

import java.util.Optional;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogMatcher;
import nl.autonomy.core.catalog.LicenseEntry;
import nl.autonomy.core.catalog.LicenseHistoryEntry;
import nl.autonomy.core.catalog.PackageKey;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.FactSources;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;

/**
 * A component's license: a catalog license change for its version range wins over what it
 * declares (a package that still says Apache-2.0 after Elastic's change is not Apache-2.0); then
 * the declaration, normalised to SPDX; then the catalog's well-known license for packages that
 * declare none.
 */
final class LicenseClassifier {

  static final String HISTORY = "history";
  static final String DECLARED = "declared";
  static final String CATALOG = "catalog";

  private final Catalog catalog;
  private final CatalogMatcher matcher;
  private final SpdxNormalizer normalizer;

  LicenseClassifier(CatalogMatcher matcher) {
    this.matcher = matcher;
    this.catalog = matcher.catalog();
    this.normalizer = new SpdxNormalizer(catalog);
  }

  LicenseInfo classify(Component c) {
    Optional<String> key = PackageKey.of(c.purl());
    if (key.isPresent()) {
      Optional<LicenseHistoryEntry> changed = matcher.historyOf(key.get(), c.version());
      if (changed.isPresent()) {
        return info(changed.get().license(), HISTORY);
      }
    }
    Optional<String> declared = normalizer.normalize(c.declaredLicenses());
    if (declared.isPresent()) {
      return info(declared.get(), c.properties().containsKey(FactSources.LICENSE) ? FactSources.REGISTRY_BASIS : DECLARED);
    }
    return key.flatMap(matcher::namespaceLicenseOf)
        .map(n -> info(n.license(), CATALOG))
        .orElse(LicenseInfo.unknown());
  }

  /** The category of an SPDX expression under this catalog. */
  LicenseCategory categoryOf(String expression) {
    return SpdxExpressions.category(expression, id -> catalog.license(id)
        .map(LicenseEntry::category)
        .orElseGet(() -> orLaterBase(id)));
  }

  private LicenseInfo info(String expression, String basis) {
    return new LicenseInfo(expression, categoryOf(expression), basis);
  }

  /** {@code GPL-2.0+} and {@code GPL-2.0-or-later} share the category of {@code GPL-2.0-only}. */
  private LicenseCategory orLaterBase(String id) {
    String base = id.replaceFirst("(\\+|-or-later)$", "-only");
    if (!base.equals(id)) {
      return catalog.license(base).map(LicenseEntry::category).orElse(LicenseCategory.UNKNOWN);
    }
    return LicenseCategory.UNKNOWN;
  }
}
