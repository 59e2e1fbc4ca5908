package nl.autonomy.core.catalog;

import java.util.List;
import nl.autonomy.core.model.LicenseCategory;

/**
 * A license and what it allows.
 *
 * @param id SPDX id or {@code LicenseRef-} id
 * @param name display name
 * @param category what it allows a city to do
 * @param aliases names and URLs POMs and package manifests use for it that the SPDX list and
 *     CycloneDX's mapping do not know ({@code Bouncy Castle Licence})
 * @param sources where the classification can be checked
 */
public record LicenseEntry(
    String id, String name, LicenseCategory category, List<String> aliases, List<String> sources) {

  public LicenseEntry {
    aliases = CatalogLists.copy(aliases);
    sources = CatalogLists.copy(sources);
  }
}
