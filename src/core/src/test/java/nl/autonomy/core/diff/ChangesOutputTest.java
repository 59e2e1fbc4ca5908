package nl.autonomy.core.diff;

import static nl.autonomy.core.diff.DiffFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ChangesDocument;
import nl.autonomy.core.report.JsonSupport;
import nl.autonomy.core.report.markdown.ChangesMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changes as people and programs read them: Markdown escaped and bounded, JSON read back whole. */
class ChangesOutputTest {

  @TempDir
  Path tmp;

  @Test
  void untrustedNamesCannotBreakTheTableMentionAnyoneOrInjectHtml() {
    DiffInput old = result().component("pkg:npm/%40evil/x%7Cy@1.0.0", "MIT").report("old|`@admin`");
    DiffInput now = result().component("pkg:npm/%40evil/x%7Cy@2.0.0", "BUSL-1.1")
        .component("pkg:npm/%3Cscript%3Ealert(1)%3C%2Fscript%3E@1.0.0", "MIT").report("new");

    String md = ChangesMarkdown.render(ChangeEngine.compare(old, now), Locale.ROOT);

    // a name only ever appears inside a code span, where GitHub renders it as text
    assertThat(md.lines().filter(l -> l.contains("<script>")))
        .isNotEmpty().allSatisfy(l -> assertThat(l).contains("`<script>alert(1)</script>`"));
    assertThat(md).contains("`old\\|'@admin'`");
    // the pipe in the name is escaped, so it cannot end a table cell
    assertThat(md.lines().filter(l -> l.startsWith("| `evil:x"))).hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("| `evil:x\\|y`"));
    assertThat(md).contains("evil:x&#124;y");
  }

  @Test
  void aHugeDiffStaysWithinACommentsSize() {
    DiffFixtures a = result();
    DiffFixtures b = result();
    for (int i = 0; i < 3000; i++) {
      a.component("pkg:npm/package-number-" + i + "@1.0.0", "MIT");
      b.component("pkg:npm/package-number-" + i + "@1.0.1", "MIT");
      b.component("pkg:npm/another-package-" + i + "@1.0.0", "Apache-2.0");
    }
    Changes c = ChangeEngine.compare(a.sbom("a.cdx.json"), b.sbom("b.cdx.json"));

    String md = ChangesMarkdown.render(c, Locale.ENGLISH);

    assertThat(c.counts().upgraded()).isEqualTo(3000);
    assertThat(md.length()).isLessThan(65_536);
    assertThat(md).contains("more: the JSON");
  }

  @Test
  void changesRideInReportJsonAndDiffJsonAndReadBackEqual() throws Exception {
    DiffInput old = result().component("pkg:npm/directus@9.22.4", "GPL-3.0-only").report("old");
    DiffInput now = result().component("pkg:npm/directus@10.0.0", "BUSL-1.1").report("new");
    Changes c = ChangeEngine.compare(old, now);
    ScanResult withChanges = now.result().withChanges(c);

    Path report = tmp.resolve("report.json");
    Files.writeString(report, JsonSupport.toJson(withChanges));
    assertThat(JsonSupport.readResult(report).changes()).isEqualTo(c);

    Path diff = tmp.resolve("diff.json");
    Files.writeString(diff, ChangesDocument.of(c).toJson());
    assertThat(ChangesDocument.read(diff).changes()).isEqualTo(c);
    assertThat(Files.readString(diff)).contains("\"kind\" : \"relicensed\"", "\"direction\" : \"more-restrictive\"")
        .endsWith("}\n");
  }
}
