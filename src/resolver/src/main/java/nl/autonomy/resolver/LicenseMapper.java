package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.autonomy.core.detect.support.SpdxLicenses;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;

/**
 * Turns a POM's {@code <licenses>}, {@code <organization>} and {@code <developers>} into the core
 * model. License names and URLs are matched to SPDX ids with CycloneDX Core Java's resolver (name
 * first, then URL), which knows the common spellings ("The Apache Software License, Version 2.0").
 * That lookup is slow (tens of milliseconds), and a graph repeats a handful of spellings hundreds
 * of times, so each answer is kept for the run.
 */
final class LicenseMapper {

  private static final String NONE = "";

  private final Map<String, String> spdxByDeclaration = new ConcurrentHashMap<>();

  PomFacts facts(Model model) {
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
  String spdx(String name, String url) {
    String found = spdxByDeclaration.computeIfAbsent(name + "\n" + url, k -> {
      String id = SpdxLicenses.idOf(name, url);
      return id == null ? NONE : id;
    });
    return found.equals(NONE) ? null : found;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
