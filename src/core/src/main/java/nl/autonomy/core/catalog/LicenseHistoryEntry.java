package nl.autonomy.core.catalog;

import java.util.List;

/**
 * A license change of a notable project: packages in a version range carry this license whatever
 * they declare (Elasticsearch from 7.11, Redis from 7.4, Mapbox GL JS from 2.0...).
 *
 * @param id stable id of the fact ({@code elasticsearch-7.11})
 * @param packages purl globs the fact applies to
 * @param versions a version range such as {@code >=7.11}, {@code >=7.4 <8}; empty means all versions
 * @param license the SPDX expression for versions in range
 * @param since date of the change, ISO {@code yyyy-mm-dd} or {@code yyyy-mm}
 * @param note what changed, for people
 * @param sources where the change can be checked
 */
public record LicenseHistoryEntry(
    String id, List<String> packages, String versions, String license, String since, String note,
    List<String> sources) {

  public LicenseHistoryEntry {
    packages = CatalogLists.copy(packages);
    sources = CatalogLists.copy(sources);
  }
}
