package nl.autonomy.core.catalog;

import java.util.List;

/**
 * A well-known license of packages that often declare none in their metadata (many npm packages
 * and old POMs). Used only when the component declares nothing.
 *
 * @param id stable id of the fact
 * @param packages purl globs the fact applies to
 * @param license the SPDX expression
 * @param sources where the license can be checked
 */
public record NamespaceLicense(String id, List<String> packages, String license, List<String> sources) {

  public NamespaceLicense {
    packages = CatalogLists.copy(packages);
    sources = CatalogLists.copy(sources);
  }
}
