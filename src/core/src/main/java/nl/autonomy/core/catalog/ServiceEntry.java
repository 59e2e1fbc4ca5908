package nl.autonomy.core.catalog;

import java.util.List;
import nl.autonomy.core.model.LockInLevel;

/**
 * A cloud or SaaS service in the catalog.
 *
 * @param id stable id ({@code azure-blob-storage})
 * @param name display name
 * @param vendor id of the providing vendor
 * @param category storage, database, messaging, identity, office, maps, analytics, monitoring, ai,
 *     compute, ci, registry, email, sms, search, secrets, cache, payments...
 * @param lockIn how hard it is to leave
 * @param alternatives open or European alternatives
 * @param standard the open standard (or de-facto protocol) that makes switching possible
 * @param signals what reveals its use
 * @param sources where these facts can be checked
 */
public record ServiceEntry(
    String id, String name, String vendor, String category, LockInLevel lockIn, List<String> alternatives,
    String standard, ServiceSignals signals, List<String> sources) {

  public ServiceEntry {
    alternatives = CatalogLists.copy(alternatives);
    signals = signals == null ? ServiceSignals.none() : signals;
    sources = CatalogLists.copy(sources);
  }
}
