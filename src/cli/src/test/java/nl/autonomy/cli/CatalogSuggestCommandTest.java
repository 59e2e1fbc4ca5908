package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scan → catalog suggest → catalog validate, and git catalogs for list, suggest and publiccode. */
class CatalogSuggestCommandTest {

  @TempDir
  Path tmp;

  private Path project() throws Exception {
    Path p = tmp.resolve("web");
    Files.createDirectories(p.resolve("config"));
    Files.writeString(p.resolve("package.json"), """
        {"name": "web", "version": "1.0.0", "dependencies": {"@gemeente-x/kaart": "2.0.0"}}
        """);
    Files.writeString(p.resolve("package-lock.json"), """
        {"name": "web", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
         "packages": {
           "": {"name": "web", "version": "1.0.0", "dependencies": {"@gemeente-x/kaart": "2.0.0"}},
           "node_modules/@gemeente-x/kaart": {"version": "2.0.0",
             "resolved": "https://registry.npmjs.org/@gemeente-x/kaart/-/kaart-2.0.0.tgz"}}}
        """);
    Files.writeString(p.resolve("config/production.yaml"), """
        betalen:
          url: https://api.mollie.com/v2/payments
        # oud: https://oud.leverancier.nl
        """);
    Files.writeString(p.resolve(".env"), "DATABASE_URL=postgres://app:wachtwoord@db.leverancier.nl:5432/web\n");
    return p;
  }

  private Path scan(Path project, String out) {
    Path dir = tmp.resolve(out);
    MainTest.Run r = MainTest.run("scan", project.toString(), "-o", dir.toString(), "-q", "--offline", "--no-enrich",
        "--fail-on", "never", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    return dir.resolve("report.json");
  }

  @Test
  void scanThenSuggestWritesACatalogThatLoadsOnceFilled() throws Exception {
    Path report = scan(project(), "out");
    assertThat(Files.readString(report)).contains("\"unrecognisedEndpoints\"").contains("db.leverancier.nl")
        .doesNotContain("wachtwoord");
    Path yaml = tmp.resolve("suggested.yaml");

    MainTest.Run r = MainTest.run("catalog", "suggest", tmp.resolve("out").toString(), "-o", yaml.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("suggested 1 vendors").contains("2 services from 1 report");
    String text = Files.readString(yaml);
    assertThat(text).contains("- \"pkg:npm/@gemeente-x/*\"").contains("endpoints: [\"api.mollie.com\"]")
        .contains("endpoints: [\"db.leverancier.nl\"]").contains("(https://api.mollie.com)")
        .contains("report.json: config/production.yaml:2 (https://api.mollie.com)")
        .contains("report.json: scan of web (").doesNotContain("wachtwoord").doesNotContain("oud.leverancier.nl");

    MainTest.Run unfilled = MainTest.run("catalog", "validate", yaml.toString());
    assertThat(unfilled.exit()).isEqualTo(ExitCodes.USAGE);

    Files.writeString(yaml, text.replace("vendor: TODO", "vendor: microsoft").replace("category: TODO", "category: payments")
        .replace("lock-in: TODO", "lock-in: proprietary-api"));
    MainTest.Run filled = MainTest.run("catalog", "validate", yaml.toString());
    assertThat(filled.exit()).as(filled.out()).isZero();

    // the same reports against the filled catalog: nothing left to suggest
    MainTest.Run again = MainTest.run("catalog", "suggest", "--catalog", yaml.toString(), report.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("suggested 0 vendors, 0 licenses (0 declared licenses unresolved) and 0 services");
    assertThat(again.out()).contains("vendors: []").contains("services: []");
  }

  @Test
  void aReportThatCannotBeReadIsNamedAndTheOthersStillCount() throws Exception {
    Path report = scan(project(), "out");
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{ not json");

    MainTest.Run r = MainTest.run("catalog", "suggest", report.toString(), broken.toString());

    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).contains(broken.toString()).contains("suggested 1 vendors");
    assertThat(r.out()).contains("pkg:npm/@gemeente-x/*");
  }

  @Test
  void listSuggestAndPublicCodeTakeGitCatalogs() throws Exception {
    Path shared = tmp.resolve("shared");
    try (Git git = Git.init().setDirectory(shared.toFile()).setInitialBranch("main").call()) {
      Files.createDirectories(shared.resolve("nl"));
      Files.writeString(shared.resolve("nl/vendors.yaml"), """
          vendors:
            - id: gemeente-x
              name: Gemeente X
              country: NL
              jurisdictions: [NL, EU]
              kind: government
              namespaces: [pkg:npm/@gemeente-x/*]
              sources: [https://gemeente-x.nl]
          """, StandardCharsets.UTF_8);
      git.add().addFilepattern("nl/vendors.yaml").call();
      git.commit().setMessage("vendors").setAuthor("Test", "test@example.org").setCommitter("Test", "test@example.org")
          .setSign(false).call();
    }
    String spec = "git+" + shared.toUri().toString().replaceFirst("/$", "") + "#main:nl/vendors.yaml";
    String cache = tmp.resolve("cache").toString();

    MainTest.Run list = MainTest.run("catalog", "list", "--type", "vendors", "--category", "government",
        "--catalog", spec, "--cache-dir", cache);
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out()).contains("gemeente-x");

    Path project = project();
    Path report = scan(project, "out");
    MainTest.Run suggest = MainTest.run("catalog", "suggest", "--catalog", spec, "--cache-dir", cache, "--offline",
        report.toString());
    assertThat(suggest.exit()).as(suggest.err()).isZero();
    assertThat(suggest.out()).contains("vendors: []").doesNotContain("@gemeente-x");

    MainTest.Run publiccode = MainTest.run("publiccode", project.toString(), "--offline", "--catalog", spec,
        "--cache-dir", cache);
    assertThat(publiccode.exit()).as(publiccode.err()).isZero();

    MainTest.Run missing = MainTest.run("catalog", "list", "--catalog", spec.replace("#main:", "#nope:"),
        "--cache-dir", cache);
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
  }
}
