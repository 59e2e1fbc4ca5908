package nl.autonomy.resolver;

import java.util.List;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;

/**
 * What a dependency's effective POM says about who made it and under which license.
 *
 * @param licenses declared licenses, SPDX-normalised where possible
 * @param organization the POM's {@code <organization>}, or null
 * @param developerOrganizations distinct {@code <developer><organization>} names, a vendor clue
 * @param name the POM's {@code <name>}, or null
 * @param url the POM's {@code <url>}, or null
 */
record PomFacts(List<DeclaredLicense> licenses, Organization organization, List<String> developerOrganizations,
    String name, String url) {

  PomFacts {
    licenses = List.copyOf(licenses);
    developerOrganizations = List.copyOf(developerOrganizations);
  }
}
