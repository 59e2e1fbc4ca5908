package nl.autonomy.core.catalog;

import java.util.List;
import java.util.Objects;

/** Null-safe list copies for catalog records: an absent YAML key means an empty list. */
final class CatalogLists {

  private CatalogLists() {
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
