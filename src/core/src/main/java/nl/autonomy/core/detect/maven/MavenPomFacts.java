package nl.autonomy.core.detect.maven;

import java.util.List;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;

/**
 * What a dependency's POM (or the nearest parent that says it) declares about who makes it.
 *
 * @param licenses the {@code <licenses>}, empty when no POM in the lineage declares any
 * @param organization the {@code <organization>}, or null
 * @param developerOrganizations distinct {@code <developer><organization>} names, a vendor clue
 */
public record MavenPomFacts(List<DeclaredLicense> licenses, Organization organization,
    List<String> developerOrganizations) {

  public static final MavenPomFacts NONE = new MavenPomFacts(List.of(), null, List.of());

  public MavenPomFacts {
    licenses = List.copyOf(licenses);
    developerOrganizations = List.copyOf(developerOrganizations);
  }
}
