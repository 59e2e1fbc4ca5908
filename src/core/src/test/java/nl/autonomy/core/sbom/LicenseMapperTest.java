package nl.autonomy.core.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LicenseMapperTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Apache-2.0                         | id:Apache-2.0",
      "apache-2.0                         | id:Apache-2.0",
      "MPL-2.0 OR EPL-1.0                 | expression:MPL-2.0 OR EPL-1.0",
      "LicenseRef-acme-eula               | expression:LicenseRef-acme-eula",
      "(MIT AND BSD-3-Clause) WITH foo    | expression:(MIT AND BSD-3-Clause) WITH foo",
  })
  void aLoneDeclaredSpdxValueBecomesAnIdOrAnExpression(String declared, String expected) {
    assertThat(describe(LicenseMapper.map(component().declaredLicense(DeclaredLicense.spdx(declared)).build())))
        .containsExactly(expected);
  }

  @Test
  void theClassifiedLicenseWinsOverTheDeclaration() {
    Component c = component().declaredLicense(DeclaredLicense.spdx("Apache-2.0"))
        .license(new LicenseInfo("BUSL-1.1", LicenseCategory.SOURCE_AVAILABLE, "history")).build();

    assertThat(describe(LicenseMapper.map(c))).containsExactly("id:BUSL-1.1");
  }

  @Test
  void anUnknownClassificationFallsBackToTheDeclaration() {
    Component c = component().declaredLicense(new DeclaredLicense(null, "Some Licence", "https://example.org/l"))
        .license(LicenseInfo.unknown()).build();

    assertThat(describe(LicenseMapper.map(c))).containsExactly("name:Some Licence url:https://example.org/l");
  }

  @Test
  void severalDeclaredLicensesAreListedByIdOrNameWithoutDuplicates() {
    Component c = component()
        .declaredLicense(new DeclaredLicense("EPL-2.0", "Eclipse Public License 2.0", "https://www.eclipse.org/legal/epl-2.0/"))
        .declaredLicense(new DeclaredLicense("GPL-2.0-only WITH Classpath-exception-2.0", null, null))
        .declaredLicense(new DeclaredLicense(null, null, "https://example.org/only-a-url"))
        .declaredLicense(new DeclaredLicense(null, null, "https://example.org/only-a-url"))
        .build();

    assertThat(describe(LicenseMapper.map(c))).containsExactly(
        "id:EPL-2.0 url:https://www.eclipse.org/legal/epl-2.0/",
        "name:GPL-2.0-only WITH Classpath-exception-2.0",
        "name:https://example.org/only-a-url url:https://example.org/only-a-url");
  }

  @Test
  void aUrlThatIsNoUriIsLeftOutAndNoLicenseMeansNoElement() {
    Component c = component().declaredLicense(new DeclaredLicense(null, "Odd", "http://[::1/license")).build();

    assertThat(describe(LicenseMapper.map(c))).containsExactly("name:Odd");
    assertThat(LicenseMapper.map(component().build())).isNull();
  }

  private static Component.Builder component() {
    return Component.builder("pkg:maven/org.example/lib@1", Ecosystem.MAVEN, "lib");
  }

  private static List<String> describe(LicenseChoice choice) {
    if (choice.getExpression() != null) {
      return List.of("expression:" + choice.getExpression().getValue());
    }
    return choice.getLicenses().stream().map(LicenseMapperTest::describe).toList();
  }

  private static String describe(License l) {
    String s = l.getId() != null ? "id:" + l.getId() : "name:" + l.getName();
    return l.getUrl() == null ? s : s + " url:" + l.getUrl();
  }
}
