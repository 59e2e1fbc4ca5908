package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;

/**
 * Turns a POM's {@code <licenses>}, {@code <organization>} and {@code <developers>} into the core
 * model. License names and URLs are matched to SPDX ids with CycloneDX Core Java's resolver (name
 * first, then URL), which knows the common spellings ("The Apache Software License, Version 2.0").
 */
final class LicenseMapper {

  private LicenseMapper() {
  }

  static PomFacts facts(Model model) {
    List<DeclaredLicense> licenses = new ArrayList<>();
    for (License l : model.getLicenses()) {
      if (isBlank(l.getName()) && isBlank(l.getUrl())) {
        continue;
      }
      licenses.add(new DeclaredLicense(spdx(l.getName(), l.getUrl()), l.getName(), l.getUrl()));
    }
    Organization organization = model.getOrganization() == null ? null
        : new Organization(model.getOrganization().getName(), model.getOrganization().getUrl());
    if (organization != null && organization.isEmpty()) {
      organization = null;
    }
    List<String> developerOrganizations = model.getDevelopers().stream()
        .map(Developer::getOrganization).filter(o -> !isBlank(o)).map(String::strip).distinct().sorted().toList();
    return new PomFacts(licenses, organization, developerOrganizations, model.getName(), model.getUrl());
  }

  /** The SPDX id a license name or URL stands for, or null when neither is recognised. */
  static String spdx(String name, String url) {
    for (String candidate : new String[] {name, url}) {
      if (isBlank(candidate)) {
        continue;
      }
      LicenseChoice choice = LicenseResolver.resolve(candidate.strip(), false);
      if (choice != null && choice.getLicenses() != null && !choice.getLicenses().isEmpty()
          && choice.getLicenses().get(0).getId() != null) {
        return choice.getLicenses().get(0).getId();
      }
      if (choice != null && choice.getExpression() != null) {
        return choice.getExpression().getValue();
      }
    }
    return null;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
