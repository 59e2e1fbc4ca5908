package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import nl.autonomy.core.model.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathRolesTest {

  @ParameterizedTest
  @CsvSource({
      "src/main/java/nl/gemeente/Edit.java, runtime",
      "src/main/java/nl/gemeente/Audit.java, runtime",
      "src/test/java/nl/gemeente/BlobTest.java, test",
      "app/BlobServiceIT.java, test",
      "web/src/upload.spec.ts, test",
      "backend/tests/test_storage.py, test",
      "backend/storage_test.go, test",
      "docs/architecture.md, test",
      "README.md, test",
      "config/application.yml, runtime",
      "infra/main.tf, runtime",
      "testing-tools/latest/x.py, runtime",
  })
  void judgesWhatAFileIsForFromItsPath(String path, String scope) {
    assertThat(PathRoles.scopeOf(path)).isEqualTo(Scope.fromId(scope));
  }
}
