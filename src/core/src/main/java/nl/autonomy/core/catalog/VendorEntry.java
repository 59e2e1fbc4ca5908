package nl.autonomy.core.catalog;

import java.util.List;

/**
 * A vendor in the catalog: who controls a namespace of packages or a service.
 *
 * @param id stable id used everywhere ({@code microsoft})
 * @param name display name
 * @param legalEntity the contracting legal entity
 * @param parent id of the owning vendor, or null when independent
 * @param country ISO 3166 alpha-2 country of the controlling entity
 * @param jurisdictions legal reach over the vendor ({@code US} means reachable by the US CLOUD Act)
 * @param kind {@code hyperscaler}, {@code big-tech}, {@code commercial}, {@code foundation},
 *     {@code community} or {@code government}
 * @param url the vendor's web site
 * @param namespaces purl globs of the packages it publishes ({@code pkg:maven/com.azure/*})
 * @param sources where these facts can be checked
 */
public record VendorEntry(
    String id, String name, String legalEntity, String parent, String country, List<String> jurisdictions,
    String kind, String url, List<String> namespaces, List<String> sources) {

  public VendorEntry {
    jurisdictions = CatalogLists.copy(jurisdictions);
    namespaces = CatalogLists.copy(namespaces);
    sources = CatalogLists.copy(sources);
  }
}
