package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {

  @TempDir
  Path root;

  private void write(String rel, String content) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void skipsVcsBuildOutputAndDependencyFoldersButWalksCiFolders() throws IOException {
    write("pom.xml", "<project/>");
    write("app/src/main/java/A.java", "class A {}");
    write(".git/config", "[core]");
    write("app/target/classes/A.class", "x");
    write("web/node_modules/react/package.json", "{}");
    write(".github/workflows/build.yml", "on: push");

    FileWalker.WalkResult result = new FileWalker(1024).walk(root);

    assertThat(result.files()).extracting(WorkspaceFile::path)
        .containsExactly(".github/workflows/build.yml", "app/src/main/java/A.java", "pom.xml");
    assertThat(result.stats().skippedDirectories()).isEqualTo(3);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void passesOverFilesLargerThanTheBoundAndCountsThem() throws IOException {
    write("small.txt", "x".repeat(10));
    write("big.txt", "x".repeat(11));

    FileWalker.WalkResult result = new FileWalker(10).walk(root);

    assertThat(result.files()).extracting(WorkspaceFile::path).containsExactly("small.txt");
    assertThat(result.stats().skippedLarge()).isEqualTo(1);
    assertThat(result.stats().bytes()).isEqualTo(10);
  }

  @Test
  void followsNoSymbolicLinkSoOutsideTargetsAndLoopsAreNeverRead(@TempDir Path outside) throws IOException {
    Files.writeString(outside.resolve("secret.txt"), "outside");
    write("inside/a.txt", "a");
    Files.createSymbolicLink(root.resolve("out-file"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("out-dir"), outside);
    Files.createSymbolicLink(root.resolve("inside/loop"), root);

    FileWalker.WalkResult result = new FileWalker(1024).walk(root);

    assertThat(result.files()).extracting(WorkspaceFile::path).containsExactly("inside/a.txt");
    assertThat(result.stats().skippedLinks()).isEqualTo(3);
  }

  @Test
  void pathsWithSpacesAndUnicodeComeOutRelativeWithForwardSlashes() throws IOException {
    write("Gemeente Zaanstad/vergunning ñ/pom.xml", "<project/>");

    FileWalker.WalkResult result = new FileWalker(1024).walk(root);

    WorkspaceFile f = result.files().get(0);
    assertThat(f.path()).isEqualTo("Gemeente Zaanstad/vergunning ñ/pom.xml");
    assertThat(f.fileName()).isEqualTo("pom.xml");
    assertThat(f.directory()).isEqualTo("Gemeente Zaanstad/vergunning ñ");
  }

  @Test
  void aMissingRootIsAProblemNotAnException() {
    FileWalker.WalkResult result = new FileWalker(1024).walk(root.resolve("nope"));

    assertThat(result.files()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("cannot read"));
  }
}
