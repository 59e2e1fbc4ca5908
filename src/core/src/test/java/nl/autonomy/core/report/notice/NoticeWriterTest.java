package nl.autonomy.core.report.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Copyright;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.report.ReportResults;
import nl.autonomy.core.report.ReportWriters;
import org.junit.jupiter.api.Test;

/** NOTICE.txt: what ships, grouped by license; unknown licenses listed, never dropped; honest when incomplete. */
class NoticeWriterTest {

  @Test
  void shippedComponentsAreGroupedByLicenseAndUnknownOnesAreListedApart() {
    ScanResult result = ReportResults.scannedFixture();
    String notice = NoticeWriter.render(result);
    List<Component> shipped = NoticeWriter.shipped(result.inventory());
    assertThat(shipped).isNotEmpty().allMatch(c -> c.scope() == Scope.RUNTIME);
    for (Component c : shipped) {
      assertThat(notice).as(c.ref()).contains(c.purl());
    }
    result.inventory().components().stream().filter(c -> c.scope() == Scope.TEST)
        .forEach(c -> assertThat(notice).as(c.ref()).doesNotContain("<" + c.purl() + ">"));
    shipped.stream().filter(c -> c.license().isKnown())
        .forEach(c -> assertThat(notice).contains("== " + c.license().expression() + " ("));
    long unknown = shipped.stream().filter(c -> !c.license().isKnown()).count();
    if (unknown > 0) {
      assertThat(notice).contains("== License unknown (" + unknown);
    }
    assertThat(notice).doesNotContain("INCOMPLETE", "copyright, from")
        .contains("Copyright statements were read for 0 of " + shipped.size() + " components; for the others take them"
            + " from each\ncomponent's own NOTICE or LICENSE file");
    assertThat(NoticeWriter.render(result)).isEqualTo(notice);
  }

  @Test
  void anIncompleteScanSaysComponentsMayBeMissingAndControlCharactersNeverReachTheFile() {
    ScanResult result = ReportResults.scannedFixture();
    List<Component> odd = new ArrayList<>(result.inventory().components());
    Component first = NoticeWriter.shipped(result.inventory()).get(0);
    odd.replaceAll(c -> c == first ? c.toBuilder().version("1.0\u001b[2J").build() : c);
    ScanResult incomplete = new ScanResult(result.inventory().withComponents(odd).withProblems(
        List.of(Problem.error("maven", null, "cannot resolve the parent"))), 0, result.assessment());
    String notice = NoticeWriter.render(incomplete);
    assertThat(notice).contains("INCOMPLETE").doesNotContain("\u001b");
  }

  @Test
  void copyrightStatementsAreListedUnderTheirComponentWithTheFileTheyCameFrom() {
    ScanResult result = ReportResults.scannedFixture();
    List<Component> components = new ArrayList<>(result.inventory().components());
    Component first = NoticeWriter.shipped(result.inventory()).get(0);
    List<String> many = new ArrayList<>();
    for (int year = 1950; year < 2010; year++) {
      many.add(year + " Author " + year);
    }
    components.replaceAll(c -> c != first ? c : c.toBuilder()
        .copyright(Copyright.of("jar", Location.of("lib/a.jar!/META-INF/NOTICE"),
            List.of("Copyright 2001-2024 The Apache Software Foundation\u001b[2J")).orElseThrow())
        .copyright(Copyright.of("image", Location.of("image!/usr/share/doc/a/copyright"), many).orElseThrow())
        .build());
    ScanResult with = new ScanResult(result.inventory().withComponents(components), 0, result.assessment());
    int shipped = NoticeWriter.shipped(with.inventory()).size();

    String notice = NoticeWriter.render(with);

    assertThat(notice).contains("Copyright statements were read for 1 of " + shipped + " components")
        .contains("<" + first.purl() + ">")
        .contains("    copyright, from image!/usr/share/doc/a/copyright (10 more lines there):\n      1950 Author 1950\n")
        .contains("    copyright, from lib/a.jar!/META-INF/NOTICE:\n"
            + "      Copyright 2001-2024 The Apache Software Foundation [2J\n")
        .doesNotContain("\u001b", "2000 Author 2000");
    // under its own component: after its purl, before the next component's line
    int at = notice.indexOf("<" + first.purl() + ">");
    assertThat(notice.indexOf("copyright, from lib/a.jar")).isGreaterThan(at);
    assertThat(notice.substring(at, notice.indexOf("copyright, from lib/a.jar"))).doesNotContain("\n- ");
    assertThat(NoticeWriter.render(with)).isEqualTo(notice);
  }

  @Test
  void itIsWrittenOnlyWhenAskedFor() {
    ReportWriters writers = ReportWriters.load();
    assertThat(writers.formats()).contains("notice");
    assertThat(writers.all()).noneMatch(w -> w.format().equals("notice"));
    assertThat(writers.select(List.of("all", "notice"))).anyMatch(w -> w.fileName().equals("NOTICE.txt"));
  }
}
