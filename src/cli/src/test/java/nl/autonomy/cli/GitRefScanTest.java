package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code autonomy scan URL#REF} and {@code --ref}: what is scanned, and what every report records. */
class GitRefScanTest {

  @TempDir
  Path tmp;

  @Test
  void theTagOrCommitNamedIsScannedAndReportsRecordTheCommit() throws Exception {
    Path upstream = tmp.resolve("upstream");
    String tagged;
    String head;
    try (Git git = Git.init().setDirectory(upstream.toFile()).setInitialBranch("main").call()) {
      Files.writeString(upstream.resolve("package.json"), "{\"name\":\"app\",\"version\":\"1.0.0\"}");
      git.add().addFilepattern("package.json").call();
      tagged = git.commit().setMessage("1.0.0").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
          .setSign(false).call().name();
      git.tag().setName("v1.0.0").call();
      Files.writeString(upstream.resolve("package.json"), "{\"name\":\"app\",\"version\":\"2.0.0\"}");
      git.add().addFilepattern("package.json").call();
      head = git.commit().setMessage("2.0.0").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
          .setSign(false).call().name();
    }
    String url = upstream.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///");

    MainTest.Run byHash = MainTest.run("scan", url + "#v1.0.0", "--offline", "-o", tmp.resolve("a").toString(),
        "-f", "json,markdown,sarif", "--fail-on", "never", "-q");
    MainTest.Run byOption = MainTest.run("scan", url, "--ref", head.substring(0, 12), "--offline",
        "-o", tmp.resolve("b").toString(), "-f", "json", "--fail-on", "never", "-q");
    MainTest.Run missing = MainTest.run("scan", url + "#v9", "--offline", "-o", tmp.resolve("c").toString());

    assertThat(byHash.exit()).as(byHash.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(tmp.resolve("a/report.json").toFile());
    assertThat(a.at("/result/inventory/provenance/gitCommit").asText()).isEqualTo(tagged);
    assertThat(a.at("/result/inventory/provenance/source").asText()).isEqualTo(url + "#v1.0.0");
    assertThat(Files.readString(tmp.resolve("a/report.md"))).contains(tagged);
    assertThat(Files.readString(tmp.resolve("a/report.sarif"))).contains(tagged);
    assertThat(byOption.exit()).as(byOption.err()).isZero();
    assertThat(new ObjectMapper().readTree(tmp.resolve("b/report.json").toFile())
        .at("/result/inventory/provenance/gitCommit").asText()).isEqualTo(head);
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err()).contains("v9");
  }
}
