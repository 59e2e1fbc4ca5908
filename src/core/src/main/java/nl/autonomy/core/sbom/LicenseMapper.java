package nl.autonomy.core.sbom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.LicenseInfo;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.license.Expression;

/**
 * A component's licenses the CycloneDX way. The classified license wins (it may correct the
 * declaration, e.g. a version that changed license); otherwise the declared licenses: an SPDX id
 * as {@code id}, a lone compound expression as {@code expression}, anything else by name and URL.
 */
final class LicenseMapper {

  private LicenseMapper() {
  }

  static LicenseChoice map(Component c) {
    LicenseInfo info = c.license();
    if (info != null && info.isKnown()) {
      return ofExpression(info.expression());
    }
    List<DeclaredLicense> declared = c.declaredLicenses();
    if (declared.size() == 1 && declared.get(0).spdxExpression() != null) {
      return ofExpression(declared.get(0).spdxExpression());
    }
    Map<String, License> licenses = new LinkedHashMap<>();
    for (DeclaredLicense d : declared) {
      License license = license(d);
      licenses.putIfAbsent(license.getId() + "|" + license.getName() + "|" + license.getUrl(), license);
    }
    if (licenses.isEmpty()) {
      return null;
    }
    LicenseChoice choice = new LicenseChoice();
    choice.setLicenses(List.copyOf(licenses.values()));
    return choice;
  }

  private static LicenseChoice ofExpression(String expression) {
    LicenseChoice choice = new LicenseChoice();
    Optional<String> id = SpdxIds.canonical(expression);
    if (id.isPresent()) {
      License license = new License();
      license.setId(id.get());
      choice.addLicense(license);
    } else {
      choice.setExpression(new Expression(CdxText.clean(expression.strip())));
    }
    return choice;
  }

  private static License license(DeclaredLicense d) {
    License license = new License();
    Optional<String> id = SpdxIds.canonical(d.spdxExpression());
    if (id.isPresent()) {
      license.setId(id.get());
    } else if (d.spdxExpression() != null) {
      license.setName(CdxText.clean(d.spdxExpression()));
    } else {
      license.setName(CdxText.clean(d.name() != null ? d.name() : d.url()));
    }
    Iris.reference(d.url()).ifPresent(license::setUrl);
    return license;
  }
}
