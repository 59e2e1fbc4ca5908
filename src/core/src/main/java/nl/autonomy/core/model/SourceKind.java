package nl.autonomy.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of input a scan read: the pipeline chooses the SBOM's subject name, its lifecycle phase
 * and whether the delivered bytes are hashed by it. Written as its id ({@code folder}, {@code git},
 * {@code archive}, {@code sbom}) in {@code report.json} and as {@code autonomy:source:kind}.
 */
public enum SourceKind implements Identified {
  /** A folder on disk. */
  FOLDER,
  /** A git URL, cloned for the scan. */
  GIT,
  /** A delivered archive (jar, war, ear, zip, tar), unpacked for the scan. */
  ARCHIVE,
  /** A supplier's SBOM given as the input. */
  SBOM;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of an id, empty for one this version does not know (an SBOM from a newer Autonomy). */
  public static Optional<SourceKind> fromId(String id) {
    for (SourceKind k : values()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** A source tree, described before it is built (manifests and lockfiles, nothing compiled). */
  public boolean sourceTree() {
    return this == FOLDER || this == GIT;
  }
}
