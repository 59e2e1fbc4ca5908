package nl.autonomy.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.catalog.CatalogException;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner classifies what the detectors found, with the user's catalogs. */
class ScannerClassificationTest {

  /** Reports one Azure client library for every deps.txt line, like an ecosystem detector would. */
  static final class ListDetector implements Detector {
    @Override
    public String id() {
      return "list";
    }

    @Override
    public boolean accepts(WorkspaceFile file) {
      return file.fileName().equals("deps.txt");
    }

    @Override
    public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
      Detection.Builder b = Detection.builder();
      try {
        for (String purl : Files.readAllLines(files.get(0).absolute())) {
          b.component(TestComponents.of(purl.strip(), List.of("MIT"), null));
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return b.build();
    }
  }

  @TempDir
  Path root;

  @Test
  void scanResultsAreClassified() throws IOException {
    Files.writeString(root.resolve("deps.txt"), "pkg:maven/com.azure/azure-storage-blob@12.25.1\n");

    Inventory inventory = new Scanner(List.of(new ListDetector()))
        .scan(new ScanRequest(root, null, null, ScanOptions.defaults(), null, null, null)).inventory();

    assertThat(inventory.components()).singleElement().satisfies(c -> {
      assertThat(c.vendor().id()).isEqualTo("microsoft");
      assertThat(c.license().expression()).isEqualTo("MIT");
      assertThat(c.services()).containsExactly("azure-blob-storage");
    });
    assertThat(inventory.services()).extracting(s -> s.id()).containsExactly("azure-blob-storage");
  }

  @Test
  void anInvalidUserCatalogIsAConfigurationErrorBeforeAnythingIsRead() throws IOException {
    Path catalog = Files.writeString(root.resolve("catalog.yaml"), "services:\n  - id: x\n    colour: blue\n");

    assertThatThrownBy(() -> new Scanner(List.of(new ListDetector())).scan(new ScanRequest(root, null, null,
        ScanOptions.defaults().withCatalogFiles(List.of(catalog)), null, null, null)))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining(catalog + ":3:5: unknown key 'colour'");
  }
}
