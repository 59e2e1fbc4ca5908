package nl.autonomy.core.detect.archive;

import static java.util.Map.entry;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.entries;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.library;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.pom;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.text;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.write;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.Digests;
import nl.autonomy.core.source.ScanSource;
import nl.autonomy.core.source.SourcePreparer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A delivered WAR scanned end to end, as the CLI scans it: unpacked, detected, judged. */
class DeliveryScanTest {

  @TempDir
  Path tmp;

  @Test
  void aDeliveredWarIsItsSubjectWithItsHashesItsLibrariesOnceAndATamperedJarFailsTheDefaultPolicy() throws Exception {
    byte[] gsonPublished = library("com.google.code.gson", "gson", "2.10.1");
    byte[] gsonDelivered = zip(entries(
        entry("META-INF/maven/com.google.code.gson/gson/pom.properties", pom("com.google.code.gson", "gson", "2.10.1")),
        entry("com/google/gson/Gson.class", text("changed after the build"))));
    Path repo = tmp.resolve("m2");
    write(repo.resolve("com/google/code/gson/gson/2.10.1/gson-2.10.1.jar.sha1"), text(Digests.of(gsonPublished).get("SHA-1")));
    byte[] war = zip(entries(
        entry("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\n")),
        entry("META-INF/maven/nl.gemeente/parkeren/pom.properties", pom("nl.gemeente", "parkeren", "1.4.0")),
        entry("META-INF/maven/nl.gemeente/parkeren/pom.xml", text("<project><modelVersion>4.0.0</modelVersion>"
            + "<groupId>nl.gemeente</groupId><artifactId>parkeren</artifactId><version>1.4.0</version>"
            + "<dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>"
            + "<scope>test</scope></dependency></dependencies></project>")),
        entry("WEB-INF/classes/application.properties", text("server.port=8080\n")),
        entry("WEB-INF/lib/gson-2.10.1.jar", gsonDelivered),
        entry("WEB-INF/lib/slf4j-api-2.0.12.jar", library("org.slf4j", "slf4j-api", "2.0.12"))));
    Path delivered = write(tmp.resolve("parkeren-1.4.0.war"), war);

    ScanSource source = new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(delivered.toString(), true);
    ScanResult result;
    try {
      result = new Scanner().scan(new ScanRequest(source.root(), source.source(), source.kind(),
          ScanOptions.defaults().withOffline(true).withLocalRepository(repo),
          new EvaluationOptions("default", null, FailOn.ERROR), Optional.empty(), ProgressListener.NONE));
    } finally {
      SourcePreparer.release(source);
    }

    Component subject = result.inventory().project();
    assertThat(subject.ref()).isEqualTo("pkg:maven/nl.gemeente/parkeren@1.4.0");
    assertThat(subject.hashes()).isEqualTo(Digests.of(war));
    assertThat(result.inventory().components()).extracting(Component::ref).containsExactly(
        "pkg:maven/com.google.code.gson/gson@2.10.1", "pkg:maven/org.slf4j/slf4j-api@2.0.12");
    assertThat(result.inventory().components()).allSatisfy(c -> assertThat(c.scope()).isEqualTo(Scope.RUNTIME));
    assertThat(result.inventory().problems()).isEmpty();
    assertThat(result.assessment().findings()).filteredOn(f -> f.ruleId().equals("delivered-as-published"))
        .singleElement().satisfies(f -> {
          assertThat(f.subject().ref()).isEqualTo("pkg:maven/com.google.code.gson/gson@2.10.1");
          assertThat(f.message()).contains("differs from the published checksum", "WEB-INF/lib/gson-2.10.1.jar");
        });
    assertThat(result.assessment().verdict().name()).isEqualTo("FAIL");
  }
}
