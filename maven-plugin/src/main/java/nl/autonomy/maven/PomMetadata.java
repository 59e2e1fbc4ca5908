package nl.autonomy.maven;

import java.util.List;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;

/**
 * What a dependency's POM (or the nearest parent that says it) declares about who makes it.
 *
 * @param licenses the {@code <licenses>}, empty when no POM in the lineage declares any
 * @param organization the {@code <organization>}, or null
 */
record PomMetadata(List<DeclaredLicense> licenses, Organization organization) {

  static final PomMetadata NONE = new PomMetadata(List.of(), null);

  PomMetadata {
    licenses = List.copyOf(licenses);
  }
}
