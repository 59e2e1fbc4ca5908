package nl.autonomy.core.catalog;

import java.util.List;
import nl.autonomy.core.model.LicenseCategory;

/**
 * A license and what it allows.
 *
 * @param id SPDX id or {@code LicenseRef-} id
 * @param name display name
 * @param category what it allows a city to do
 * @param sources where the classification can be checked
 */
public record LicenseEntry(String id, String name, LicenseCategory category, List<String> sources) {

  public LicenseEntry {
    sources = CatalogLists.copy(sources);
  }
}
