package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.signals.SignalDetector;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.ServiceUse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated repository of 10,000 walkable files plus everything the walk must pass over: build
 * and dependency folders, files over the size bound, symbolic links (to files, to folders, to
 * outside the root, in a loop) and binaries. Guards the one walk and the bounded reader together.
 */
class GeneratedRepositoryWalkTest {

  private static final int PACKAGES = 100;
  private static final int FILES_PER_PACKAGE = 96;
  private static final int BINARIES = 100;
  private static final int CONFIGS = 300;
  private static final long BOUND = 4096;

  @TempDir
  static Path root;
  @TempDir
  static Path outside;

  private static int expectedFiles;
  private static int expectedLinks;
  private static int expectedLarge;
  private static int expectedSkippedDirs;

  @BeforeAll
  static void generate() throws IOException {
    for (int p = 0; p < PACKAGES; p++) {
      Path dir = Files.createDirectories(root.resolve("src/main/java/nl/gemeente/p" + p));
      for (int f = 0; f < FILES_PER_PACKAGE; f++) {
        String body = f == 0 ? "import com.azure.storage.blob.BlobClient;\n" : "class C" + f + " {}\n";
        Files.writeString(dir.resolve("C" + f + ".java"), "package nl.gemeente.p" + p + ";\n" + body);
        expectedFiles++;
      }
    }
    Path config = Files.createDirectories(root.resolve("config"));
    for (int i = 0; i < CONFIGS; i++) {
      Files.writeString(config.resolve("app" + i + ".properties"), "# " + i + "\nurl=https://a" + i + ".blob.core.windows.net\n");
      expectedFiles++;
    }
    Path assets = Files.createDirectories(root.resolve("assets"));
    for (int i = 0; i < BINARIES; i++) {
      byte[] bytes = ("\u0000\u0001 https://x.blob.core.windows.net " + i).getBytes(StandardCharsets.UTF_8);
      Files.write(assets.resolve("blob" + i + ".json"), bytes);
      expectedFiles++;
    }
    for (String skipped : List.of("node_modules/x", "target/classes", ".git/objects", "build", "vendor/lib",
        ".terraform/providers")) {
      Path dir = Files.createDirectories(root.resolve("web").resolve(skipped));
      Files.writeString(dir.resolve("index.js"), "require('@azure/storage-blob')\n");
      expectedSkippedDirs++;
    }
    for (int i = 0; i < 5; i++) {
      Files.writeString(config.resolve("huge" + i + ".yaml"), "x: https://h.blob.core.windows.net\n".repeat(200));
      expectedLarge++;
    }
    Path target = Files.writeString(outside.resolve("secret.properties"), "url=https://o.blob.core.windows.net\n");
    Files.createSymbolicLink(root.resolve("config/linked.properties"), config.resolve("app0.properties"));
    Files.createSymbolicLink(root.resolve("config/outside.properties"), target);
    Files.createSymbolicLink(root.resolve("src/loop"), root.resolve("src"));
    Files.createSymbolicLink(root.resolve("outside-dir"), outside);
    expectedLinks = 4;
  }

  private static FileWalker.WalkResult walked;

  /** Walked once: the tests only read the result. */
  private static synchronized FileWalker.WalkResult walk() {
    if (walked == null) {
      walked = new FileWalker(BOUND).walk(root);
    }
    return walked;
  }

  @Test
  void walksEveryRegularFileOnceInPathOrder() {
    FileWalker.WalkResult walk = walk();
    assertThat(expectedFiles).isEqualTo(10_000);
    assertThat(walk.files()).hasSize(expectedFiles);
    List<String> paths = walk.files().stream().map(WorkspaceFile::path).toList();
    assertThat(paths).isSorted().doesNotHaveDuplicates();
    assertThat(paths).allSatisfy(p -> assertThat(p).doesNotStartWith("/").doesNotContain("\\"));
    assertThat(walk.stats().files()).isEqualTo(expectedFiles);
    assertThat(walk.problems()).isEmpty();
  }

  @Test
  void passesOverBuildAndDependencyFoldersLargeFilesAndLinks() {
    FileWalker.WalkResult walk = walk();
    assertThat(walk.files()).extracting(WorkspaceFile::path)
        .noneMatch(p -> p.startsWith("web/"))
        .noneMatch(p -> p.contains("huge"))
        .noneMatch(p -> p.contains("linked") || p.contains("outside") || p.startsWith("src/loop"));
    assertThat(walk.stats().skippedDirectories()).isEqualTo(expectedSkippedDirs);
    assertThat(walk.stats().skippedLarge()).isEqualTo(expectedLarge);
    assertThat(walk.stats().skippedLinks()).isEqualTo(expectedLinks);
  }

  @Test
  void signalSearchFindsEverySightingAndReportsEveryBinary() {
    List<WorkspaceFile> files = walk().files();
    SignalDetector detector = new SignalDetector();
    List<WorkspaceFile> accepted = files.stream().filter(detector::accepts).toList();
    Detection detection = detector.detect(new CatalogLoader().loadDefault(), LockInRules.loadDefault(), BOUND, accepted);

    List<ServiceUse> imports = new ArrayList<>();
    List<ServiceUse> endpoints = new ArrayList<>();
    for (ServiceUse use : detection.serviceUses()) {
      (use.evidence().detector().equals("signals.imports") ? imports : endpoints).add(use);
    }
    assertThat(imports).hasSize(PACKAGES).allSatisfy(u -> assertThat(u.evidence().location().line()).isEqualTo(2));
    assertThat(endpoints).hasSize(CONFIGS).allSatisfy(u -> assertThat(u.evidence().location().line()).isEqualTo(2));
    assertThat(detection.problems()).hasSize(BINARIES)
        .allSatisfy(p -> assertThat(p.message()).contains("binary"))
        .extracting(Problem::severity).containsOnly(Problem.Severity.WARNING);
  }
}
