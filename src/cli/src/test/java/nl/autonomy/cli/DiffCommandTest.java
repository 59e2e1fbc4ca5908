package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autonomy diff} and {@code scan --baseline} end to end, on an app that moves from Directus
 * 9.22.4 (GPL-3.0-only) to 10.0.0 (BUSL-1.1): version, tarball, integrity and license as the npm
 * registry states them.
 */
class DiffCommandTest {

  @TempDir
  Path tmp;

  private Path v9;
  private Path v10;

  private static String lockfile(String version, String license, String integrity) {
    return """
        {
          "name": "cms-beheer", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
          "packages": {
            "": {"name": "cms-beheer", "version": "1.0.0", "license": "EUPL-1.2", "dependencies": {"directus": "%1$s"}},
            "node_modules/directus": {"version": "%1$s", "resolved": "https://registry.npmjs.org/directus/-/directus-%1$s.tgz",
              "integrity": "%3$s", "license": "%2$s"}
          }
        }
        """.formatted(version, license, integrity);
  }

  private Path app(String name, String version, String license, String integrity) throws Exception {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), "{\"name\":\"cms-beheer\",\"version\":\"1.0.0\",\"license\":\"EUPL-1.2\","
        + "\"dependencies\":{\"directus\":\"" + version + "\"}}\n");
    Files.writeString(dir.resolve("package-lock.json"), lockfile(version, license, integrity));
    return dir;
  }

  private Path scan(Path app, String... more) {
    Path out = tmp.resolve("out-" + app.getFileName() + more.length);
    String[] args = new String[] {"scan", app.toString(), "-o", out.toString(), "--offline", "--fail-on", "never", "-q"};
    MainTest.Run r = MainTest.run(concat(args, more));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @BeforeEach
  void apps() throws Exception {
    v9 = scan(app("beheer-9", "9.22.4", "GPL-3.0-only",
        "sha512-qg7jZttJbhhrbH97TiQzVScg2Y14ZKFV/y0D6NyEwL/hNIKDEF2aZfSAIEYAJKCHHRhbOpulj87pCeFQpDwr0w=="));
    v10 = scan(app("beheer-10", "10.0.0", "BUSL-1.1",
        "sha512-y1SRMvDt0fy6M2s6t3iy2txQrVtqMUF3PhZ1N3BXr3Mr1QLajFvtVOM4VUeZDDcOVcTIY/h8bfNP7m+jvsgPLg=="));
  }

  @Test
  void markdownForAPullRequestGoesToStandardOutput() {
    MainTest.Run r = MainTest.run("diff", v9.resolve("report.json").toString(), v10.resolve("report.json").toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("## What changed: `out-beheer-90/report.json` → `out-beheer-100/report.json`")
        .contains("### :warning: Relicensing (1)")
        .contains("| `directus` | 9.22.4 → 10.0.0 | `GPL-3.0-only` → `BUSL-1.1` | Copyleft → **Source-available** | fewer rights |")
        .contains("- Components: 0 added, 0 removed, 1 upgraded, 0 downgraded");
    // the same inputs, the same bytes
    assertThat(MainTest.run("diff", v9.resolve("report.json").toString(), v10.resolve("report.json").toString()).out())
        .isEqualTo(r.out());
  }

  @Test
  void jsonAndMarkdownIntoAFolderAndAGateOnRelicensing() throws Exception {
    Path out = tmp.resolve("diff");
    MainTest.Run r = MainTest.run("diff", v9.resolve("report.json").toString(), v10.resolve("bom.cdx.xml").toString(),
        "-o", out.toString(), "--fail-on-new", "relicensing,lock-in");

    assertThat(r.exit()).isEqualTo(ExitCodes.POLICY_FAILED);
    assertThat(r.err()).contains("autonomy: --fail-on-new: 1 new relicensing\n").contains("new lock-in: 0");
    assertThat(out.resolve("diff.md")).exists();
    JsonNode doc = new ObjectMapper().readTree(out.resolve("diff.json").toFile());
    assertThat(doc.path("schemaVersion").asText()).isEqualTo("1");
    JsonNode c = doc.path("changes");
    assertThat(c.path("to").path("kind").asText()).isEqualTo("cyclonedx-xml");
    assertThat(c.path("licenses").get(0).path("kind").asText()).isEqualTo("relicensed");
    assertThat(c.path("licenses").get(0).path("direction").asText()).isEqualTo("more-restrictive");
    assertThat(c.has("score")).isFalse();
    assertThat(c.path("notes").toString()).contains("no-assessment");

    // a gate on findings cannot be answered by an SBOM: refused, never passed
    MainTest.Run refused = MainTest.run("diff", v9.resolve("report.json").toString(),
        v10.resolve("bom.cdx.json").toString(), "--fail-on-new", "finding");
    assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains("findings cannot be compared");
  }

  @Test
  void badInputIsNamed() throws Exception {
    Path junk = tmp.resolve("junk.json");
    Files.writeString(junk, "{\"hello\": ");
    MainTest.Run r = MainTest.run("diff", junk.toString(), v10.resolve("report.json").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).contains("junk.json").contains("not valid JSON at line 1");

    MainTest.Run missing = MainTest.run("diff", tmp.resolve("nope.json").toString(), v10.resolve("report.json").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(missing.err()).contains("nope.json");

    Path other = tmp.resolve("other.json");
    Files.writeString(other, "{\"name\": \"x\"}");
    assertThat(MainTest.run("diff", other.toString(), v10.resolve("report.json").toString()).err())
        .contains("neither an Autonomy report.json");

    assertThat(MainTest.run("diff", v9.resolve("report.json").toString(), v10.resolve("report.json").toString(),
        "-f", "md,json").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(MainTest.run("diff", v9.resolve("report.json").toString(), v10.resolve("report.json").toString(),
        "--fail-on-new", "everything").exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aScanWithABaselineSaysWhatChangedInEveryReport() throws Exception {
    Path out = scan(tmp.resolve("beheer-10"), "--baseline", v9.resolve("report.json").toString(), "--lang", "nl");

    JsonNode changes = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("result").path("changes");
    assertThat(changes.path("from").path("label").asText()).isEqualTo("report.json");
    assertThat(changes.path("to").path("kind").asText()).isEqualTo("scan");
    assertThat(changes.path("counts").path("relicensedRestrictive").asInt()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("report.md"))).contains("### Wat er veranderde sinds de basislijn")
        .contains("Herlicenties (1)");
    assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"changes\"")
        .contains("GPL-3.0-only → BUSL-1.1");
    MainTest.Run console = MainTest.run("scan", tmp.resolve("beheer-10").toString(), "-o", tmp.resolve("c").toString(),
        "--offline", "--fail-on", "never", "--baseline", v9.resolve("report.json").toString());
    assertThat(console.out()).contains("since report.json: 0 added, 0 removed, 1 upgraded, 0 downgraded;"
        + " 1 relicensing (1 more restrictive)");
    // without a baseline nothing of it is written
    assertThat(new ObjectMapper().readTree(v10.resolve("report.json").toFile()).path("result").has("changes")).isFalse();
  }
}
