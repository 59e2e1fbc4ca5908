package nl.autonomy.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.autonomy.core.model.LicenseCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules behind classification, one table each. */
class ClassifyPartsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "org.example.foo, example.org",
      "io.awspring.cloud, awspring.io",
      "nl.amsterdam.parkeren, amsterdam.nl",
      "com.github.ben-manes.caffeine, github.com/ben-manes",
      "io.github.resilience4j, github.com/resilience4j",
      "io.gitlab.arturbosch.detekt, gitlab.com/arturbosch",
      "com.google.code.findbugs, code.google.com/findbugs",
      "net.sourceforge.pmd, sourceforge.net/pmd",
      "net.java.dev.jna, java.net/jna",
      "javax.inject, javax.inject",
      "aopalliance, aopalliance"})
  void derivesAVendorFromAMavenGroupId(String groupId, String vendor) {
    assertThat(NamespaceVendors.fromGroupId(groupId)).isEqualTo(vendor);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "github.com/stretchr/testify, github.com/stretchr",
      "go.uber.org/zap, uber.org",
      "gopkg.in/yaml.v3, github.com/go-yaml",
      "gopkg.in/check.v1, github.com/go-check",
      "gitlab.com/gitlab-org/api/client-go, gitlab.com/gitlab-org",
      "honnef.co/go/tools, honnef.co"})
  void derivesAVendorFromAGoModulePath(String module, String vendor) {
    assertThat(NamespaceVendors.fromModulePath(module)).contains(vendor);
  }

  private static final Map<String, LicenseCategory> CATEGORIES = Map.of(
      "MIT", LicenseCategory.PERMISSIVE, "Apache-2.0", LicenseCategory.PERMISSIVE,
      "GPL-2.0-only", LicenseCategory.COPYLEFT, "GPL-3.0-only", LicenseCategory.COPYLEFT,
      "EPL-2.0", LicenseCategory.WEAK_COPYLEFT, "BUSL-1.1", LicenseCategory.SOURCE_AVAILABLE,
      "AGPL-3.0-only", LicenseCategory.NETWORK_COPYLEFT);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "MIT, permissive",
      "MIT OR GPL-3.0-only, permissive",
      "MIT AND GPL-3.0-only, copyleft",
      "GPL-2.0-only WITH Classpath-exception-2.0, weak-copyleft",
      "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0, weak-copyleft",
      "(MIT OR Apache-2.0) AND BUSL-1.1, source-available",
      "AGPL-3.0-only OR BUSL-1.1, network-copyleft",
      "MIT AND LicenseRef-unknown-thing, unknown",
      "MIT OR LicenseRef-unknown-thing, permissive",
      "LicenseRef-unknown-thing, unknown"})
  void judgesAnSpdxExpression(String expression, String category) {
    assertThat(SpdxExpressions.category(expression, id -> CATEGORIES.getOrDefault(id, LicenseCategory.UNKNOWN)).id())
        .isEqualTo(category);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "MIT OR Apache-2.0        | true",
      "(Apache-2.0 OR BSD-3-Clause) | true",
      "GPL-2.0-only WITH Classpath-exception-2.0 | true",
      "Apache License, Version 2.0 | false",
      "The MIT License           | false",
      "Public Domain or CC0      | false"})
  void recognisesWrittenOutExpressions(String text, boolean expression) {
    assertThat(SpdxExpressions.looksLikeExpression(text)).isEqualTo(expression);
  }
}
