package nl.autonomy.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.SharedSource;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.report.JsonSupport;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog and a policy shared between cities in a real git repository (created here with JGit):
 * fetched into the cache, pinned by commit, reused offline, and recorded in the reports.
 */
class SharedFilesTest {

  @TempDir
  Path tmp;

  private static final String CATALOG_V1 = """
      vendors:
        - id: java-json-tools
          name: java-json-tools project
          country: FR
          jurisdictions: [FR, EU]
          kind: community
          namespaces: [pkg:maven/com.github.java-json-tools/*]
          sources: [https://github.com/java-json-tools]
      """;

  private static final String POLICY = """
      apiVersion: autonomy/v1
      id: utrecht-shared
      title: A policy several cities keep together
      extends: [default]
      rules: []
      """;

  private Git repo;

  private RevCommit commit(String path, String text, String message) throws Exception {
    Path file = tmp.resolve("shared").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    repo.add().addFilepattern(path).call();
    return repo.commit().setMessage(message).setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org")
        .setSign(false).call();
  }

  private String url() {
    return "git+" + tmp.resolve("shared").toUri().toString().replaceFirst("/$", "");
  }

  @Test
  void fetchesPinsByCommitReusesOfflineAndFailsClearlyWhenNeverFetched() throws Exception {
    repo = Git.init().setDirectory(tmp.resolve("shared").toFile()).setInitialBranch("main").call();
    RevCommit first = commit("catalogs/city.yaml", CATALOG_V1, "first");
    repo.tag().setName("v1").setObjectId(first).setAnnotated(false).call();
    Path cache = tmp.resolve("cache");

    SharedFiles.Fetched main = new SharedFiles(cache, false).fetch("catalog", url() + "#main:catalogs/city.yaml");
    assertThat(Files.readString(main.file())).isEqualTo(CATALOG_V1);
    assertThat(main.file()).startsWith(cache.resolve("git"));
    SharedSource s = main.source();
    assertThat(s.commit()).isEqualTo(first.name());
    assertThat(s.ref()).isEqualTo("main");
    assertThat(s.path()).isEqualTo("catalogs/city.yaml");
    assertThat(s.sha256()).isEqualTo("sha256:" + SharedFiles.sha256Hex(CATALOG_V1.getBytes(StandardCharsets.UTF_8)));

    RevCommit second = commit("catalogs/city.yaml", CATALOG_V1.replace("FR, EU", "FR"), "second");
    // offline: the commit the last online run pinned, even though main moved on
    assertThat(new SharedFiles(cache, true).fetch("catalog", url() + "#main:catalogs/city.yaml").source().commit())
        .isEqualTo(first.name());
    // online: main is fetched again and the new commit pinned
    assertThat(new SharedFiles(cache, false).fetch("catalog", url() + "#main:catalogs/city.yaml").source().commit())
        .isEqualTo(second.name());
    assertThat(new SharedFiles(cache, true).fetch("catalog", url() + "#main:catalogs/city.yaml").source().commit())
        .isEqualTo(second.name());
    // a tag, and a commit id: the old content, whatever main says
    assertThat(Files.readString(new SharedFiles(cache, false).fetch("catalog", url() + "#v1:catalogs/city.yaml").file()))
        .isEqualTo(CATALOG_V1);
    SharedFiles.Fetched pinned = new SharedFiles(cache, true).fetch("catalog", url() + "#" + first.name()
        + ":catalogs/city.yaml");
    assertThat(Files.readString(pinned.file())).isEqualTo(CATALOG_V1);

    assertThatThrownBy(() -> new SharedFiles(tmp.resolve("empty-cache"), true).fetch("catalog",
        url() + "#main:catalogs/city.yaml"))
        .isInstanceOf(SourceException.class).hasMessageContaining("not in the cache, and --offline fetches nothing");
    assertThatThrownBy(() -> new SharedFiles(cache, false).fetch("catalog", url() + "#main:catalogs/missing.yaml"))
        .hasMessageContaining("has no file catalogs/missing.yaml");
    assertThatThrownBy(() -> new SharedFiles(cache, false).fetch("catalog", url() + "#nope:catalogs/city.yaml"))
        .hasMessageContaining("no branch, tag or commit 'nope'");
    assertThatThrownBy(() -> new SharedFiles(cache, false).fetch("policy", "git+https://user:secret@example.org/x.git"))
        .hasMessageContaining("git+https://host/org/repo.git#REF:path/file.yaml").hasMessageNotContaining("secret");
  }

  @Test
  void aScanUsesTheSharedCatalogAndPolicyAndEveryReportRecordsCommitAndDigest() throws Exception {
    repo = Git.init().setDirectory(tmp.resolve("shared").toFile()).setInitialBranch("main").call();
    commit("catalogs/city.yaml", """
        vendors:
          - id: psycopg
            name: Psycopg project (shared catalog)
            jurisdictions: [EU]
            kind: community
            namespaces: [pkg:pypi/psycopg2*]
            sources: [https://www.psycopg.org]
        """, "catalog");
    RevCommit head = commit("policies/shared.yaml", POLICY, "policy");
    SharedFiles.Resolved shared = new SharedFiles(tmp.resolve("cache"), false)
        .resolve(java.util.List.of(url() + "#main:catalogs/city.yaml"), url() + "#main:policies/shared.yaml");
    ScanOptions options = ScanOptions.defaults().withOffline(true).withCatalogFiles(shared.catalogFiles())
        .withSharedSources(shared.sources());
    Path project = tmp.resolve("app");
    Files.createDirectories(project);
    Files.writeString(project.resolve("requirements.txt"), "psycopg2==2.9.9\n");
    ScanResult result = new Scanner().scan(new ScanRequest(project, null, null,
        options, new EvaluationOptions(shared.policy(), null, FailOn.NEVER), java.util.Optional.empty(),
        nl.autonomy.core.ProgressListener.NONE));
    // the vendor comes from the shared catalog
    Component driver = result.inventory().components().stream()
        .filter(c -> "psycopg2".equals(c.name())).findFirst().orElseThrow();
    assertThat(driver.vendor().id()).isEqualTo("psycopg");
    assertThat(driver.vendor().name()).isEqualTo("Psycopg project (shared catalog)");
    assertThat(driver.vendor().basis()).isEqualTo(VendorBasis.CATALOG);
    assertThat(result.assessment().policyId()).isEqualTo("utrecht-shared");
    assertThat(result.inventory().provenance().sharedSources()).extracting(SharedSource::kind, SharedSource::commit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("catalog", head.name()),
            org.assertj.core.groups.Tuple.tuple("policy", head.name()));
    String json = JsonSupport.toJson(result);
    assertThat(json).contains("\"sharedSources\"", head.name(),
        "sha256:" + SharedFiles.sha256Hex(POLICY.getBytes(StandardCharsets.UTF_8)));
    // read back as a baseline would be
    Path report = tmp.resolve("report.json");
    Files.writeString(report, json);
    assertThat(JsonSupport.readResult(report).inventory().provenance().sharedSources()).hasSize(2);
  }
}
