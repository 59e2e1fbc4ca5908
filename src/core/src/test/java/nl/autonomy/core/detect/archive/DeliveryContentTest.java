package nl.autonomy.core.detect.archive;

import static java.util.Map.entry;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.entries;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.library;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.pom;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.text;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.write;
import static nl.autonomy.core.detect.archive.DeliveryFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.ArchiveBounds;
import nl.autonomy.core.source.Digests;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a delivery contains, read from archives built here from fixture jars; offline, an empty local repository. */
class DeliveryContentTest {

  @TempDir
  Path root;
  @TempDir
  Path repo;

  Detection detect(ArchiveBounds bounds) {
    JarDetector detector = new JarDetector(bounds, null);
    List<WorkspaceFile> files = new FileWalker(1 << 20).walk(root).files().stream().filter(detector::accepts).toList();
    ScanOptions options = ScanOptions.defaults().withOffline(true).withLocalRepository(repo);
    return detector.detect(new DetectorContext(root, options, Optional.empty()), files);
  }

  Detection detect() {
    return detect(ArchiveBounds.defaults());
  }

  static Component only(Detection d, String ref) {
    return d.components().stream().filter(c -> c.ref().equals(ref)).reduce((a, b) -> {
      throw new AssertionError(ref + " twice");
    }).orElseThrow(() -> new AssertionError(ref + " missing from " + d.components().stream().map(Component::ref).toList()));
  }

  @Test
  void aWarListsEachLibraryOnceWithTheHashesOfItsDeliveredBytesAndNotItsPomsTestDependencies() throws Exception {
    byte[] guava = library("com.google.guava", "guava", "33.0.0-jre");
    byte[] war = zip(entries(
        entry("META-INF/maven/nl.gemeente/parkeren/pom.properties", pom("nl.gemeente", "parkeren", "1.4.0")),
        entry("META-INF/maven/nl.gemeente/parkeren/pom.xml", text("<project><dependencies><dependency><groupId>junit</groupId>"
            + "<artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency></dependencies></project>")),
        entry("WEB-INF/web.xml", text("<web-app/>")),
        entry("WEB-INF/lib/guava-33.0.0-jre.jar", guava),
        entry("WEB-INF/lib/legacy-util-2.1.jar", zip(entries(entry("a/B.class", text("cafe")))))));
    write(root.resolve("delivery/parkeren-1.4.0.war"), war);

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/nl.gemeente/parkeren@1.4.0?type=war", "pkg:maven/com.google.guava/guava@33.0.0-jre",
        "pkg:generic/legacy-util@2.1");
    Component g = only(d, "pkg:maven/com.google.guava/guava@33.0.0-jre");
    assertThat(g.scope()).isEqualTo(Scope.RUNTIME);
    assertThat(g.hashes()).containsEntry("SHA-256", Digests.of(guava).get("SHA-256"))
        .containsEntry("SHA-512", Digests.of(guava).get("SHA-512"));
    assertThat(g.properties()).containsEntry("autonomy:archive", "delivery/parkeren-1.4.0.war!/WEB-INF/lib/guava-33.0.0-jre.jar")
        .containsEntry("autonomy:identified-by", "pom.properties").containsEntry("autonomy:checksum", "unknown");
    assertThat(only(d, "pkg:maven/nl.gemeente/parkeren@1.4.0?type=war").hashes()).containsEntry("SHA-256", Digests.of(war).get("SHA-256"));
    assertThat(d.components()).noneMatch(c -> c.name().equals("junit"));
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void anEarWithTheSameJarInItsLibAndInItsWarListsItOnceWithBothPlaces() throws Exception {
    byte[] lang = library("org.apache.commons", "commons-lang3", "3.14.0");
    byte[] war = zip(entries(entry("WEB-INF/lib/commons-lang3-3.14.0.jar", lang),
        entry("WEB-INF/lib/jackson-core-2.17.0.jar", library("com.fasterxml.jackson.core", "jackson-core", "2.17.0"))));
    write(root.resolve("app.ear"), zip(entries(entry("lib/commons-lang3-3.14.0.jar", lang), entry("web.war", war))));

    Detection d = detect();

    Component c = only(d, "pkg:maven/org.apache.commons/commons-lang3@3.14.0");
    assertThat(c.evidence()).extracting(e -> e.location().file()).containsExactly(
        "app.ear!/lib/commons-lang3-3.14.0.jar!/META-INF/maven/org.apache.commons/commons-lang3/pom.properties",
        "app.ear!/web.war!/WEB-INF/lib/commons-lang3-3.14.0.jar!/META-INF/maven/org.apache.commons/commons-lang3/pom.properties");
    assertThat(d.components()).extracting(Component::ref)
        .containsExactly("pkg:generic/app", "pkg:generic/web",
            "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.0",
            "pkg:maven/org.apache.commons/commons-lang3@3.14.0");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void aSpringBootJarListsItsBootInfLibAndItselfByItsPomProperties() throws Exception {
    byte[] boot = zip(entries(
        entry("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\nMain-Class: org.springframework.boot.loader.launch.JarLauncher\n")),
        entry("META-INF/maven/nl.gemeente/afval/pom.properties", pom("nl.gemeente", "afval", "2.0.0")),
        entry("BOOT-INF/classes/application.yml", text("server.port: 8080\n")),
        entry("BOOT-INF/lib/spring-core-6.1.5.jar", library("org.springframework", "spring-core", "6.1.5")),
        entry("BOOT-INF/lib/postgresql-42.7.4.jar", library("org.postgresql", "postgresql", "42.7.4"))), true);
    write(root.resolve("afval-2.0.0.jar"), boot);

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/nl.gemeente/afval@2.0.0", "pkg:maven/org.springframework/spring-core@6.1.5",
        "pkg:maven/org.postgresql/postgresql@42.7.4");
    assertThat(only(d, "pkg:maven/org.postgresql/postgresql@42.7.4").properties())
        .containsEntry("autonomy:archive", "afval-2.0.0.jar!/BOOT-INF/lib/postgresql-42.7.4.jar");
  }

  @Test
  void aShadedJarIsItselfOnceAndEveryArtifactMergedIntoItOnceWithoutHashesOfItsOwn() throws Exception {
    byte[] uber = zip(entries(
        entry("META-INF/maven/nl.gemeente/tool/pom.properties", pom("nl.gemeente", "tool", "1.0")),
        entry("META-INF/maven/com.google.code.gson/gson/pom.properties", pom("com.google.code.gson", "gson", "2.10.1")),
        entry("META-INF/maven/org.slf4j/slf4j-api/pom.properties", pom("org.slf4j", "slf4j-api", "2.0.12"))));
    write(root.resolve("lib/tool-1.0.jar"), uber);

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:maven/nl.gemeente/tool@1.0", "pkg:maven/com.google.code.gson/gson@2.10.1",
        "pkg:maven/org.slf4j/slf4j-api@2.0.12");
    assertThat(only(d, "pkg:maven/nl.gemeente/tool@1.0").hashes()).containsKeys("SHA-1", "SHA-256", "SHA-512");
    Component gson = only(d, "pkg:maven/com.google.code.gson/gson@2.10.1");
    assertThat(gson.hashes()).isEmpty();
    assertThat(gson.properties()).containsEntry("autonomy:shaded-in", "lib/tool-1.0.jar");
  }

  @Test
  void aDeliveryFolderWithAZipAndATarGzOpensBothAndWhatIsNestedInThem() throws Exception {
    byte[] war = zip(entries(entry("WEB-INF/lib/jackson-core-2.17.0.jar", library("com.fasterxml.jackson.core", "jackson-core", "2.17.0"))));
    write(root.resolve("levering/app.zip"), zip(entries(entry("deploy/app.war", war), entry("README.txt", text("install me")))));
    write(root.resolve("levering/tools.tar.gz"), DeliveryFixtures.tarGz(entries(
        entry("lib/netty-buffer-4.1.100.Final.jar", library("io.netty", "netty-buffer", "4.1.100.Final")))));

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder("pkg:generic/app",
        "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.0", "pkg:maven/io.netty/netty-buffer@4.1.100.Final");
    assertThat(only(d, "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.0").properties())
        .containsEntry("autonomy:archive", "levering/app.zip!/deploy/app.war!/WEB-INF/lib/jackson-core-2.17.0.jar");
    assertThat(only(d, "pkg:maven/io.netty/netty-buffer@4.1.100.Final").properties())
        .containsEntry("autonomy:archive", "levering/tools.tar.gz!/lib/netty-buffer-4.1.100.Final.jar");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void aJarCarryingOnlyADependencysPomPropertiesIsNotThatDependency() throws Exception {
    write(root.resolve("BOOT-INF/lib/zipkin-3.6.1.jar"), zip(entries(
        entry("META-INF/maven/com.google.errorprone/error_prone_annotations/pom.properties",
            pom("com.google.errorprone", "error_prone_annotations", "2.41.0")),
        entry("zipkin2/Span.class", text("span")))));

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref).containsExactlyInAnyOrder(
        "pkg:generic/zipkin@3.6.1", "pkg:maven/com.google.errorprone/error_prone_annotations@2.41.0");
    assertThat(only(d, "pkg:generic/zipkin@3.6.1").hashes()).containsKey("SHA-256");
    assertThat(only(d, "pkg:maven/com.google.errorprone/error_prone_annotations@2.41.0").properties())
        .containsEntry("autonomy:shaded-in", "BOOT-INF/lib/zipkin-3.6.1.jar");
  }

  @Test
  void aJarWithoutPomPropertiesIsNamedByItsManifestElseByItsFileNameNeverTwice() throws Exception {
    write(root.resolve("lib/odd.jar"), zip(entries(entry("META-INF/MANIFEST.MF",
        text("Manifest-Version: 1.0\nBundle-SymbolicName: org.example.odd;singleton:=true\nBundle-Version: 3.2.1\n")))));
    write(root.resolve("lib/plain-0.9.jar"), zip(entries(entry("x/Y.class", text("cafe")))));

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref)
        .containsExactlyInAnyOrder("pkg:generic/org.example.odd@3.2.1", "pkg:generic/plain@0.9");
    assertThat(only(d, "pkg:generic/org.example.odd@3.2.1").properties()).containsEntry("autonomy:identified-by", "manifest");
    assertThat(only(d, "pkg:generic/plain@0.9").properties()).containsEntry("autonomy:identified-by", "file-name");
  }

  @Test
  void theNestingBoundIsAProblemAndTheJarBeyondItIsStillListedByItsHash() throws Exception {
    byte[] inner = library("org.slf4j", "slf4j-api", "2.0.12");
    byte[] level2 = zip(entries(entry("lib/slf4j-api-2.0.12.jar", inner)));
    write(root.resolve("outer.zip"), zip(entries(entry("middle.zip", level2))));

    Detection d = detect(new ArchiveBounds(1000, 1 << 30, 2, 200));

    assertThat(d.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
      assertThat(p.message()).contains("outer.zip!/middle.zip!/lib/slf4j-api-2.0.12.jar", "nested deeper than 2");
    });
    assertThat(d.components()).singleElement().satisfies(c -> {
      assertThat(c.ref()).isEqualTo("pkg:generic/slf4j-api@2.0.12");
      assertThat(c.hashes()).containsEntry("SHA-256", Digests.of(inner).get("SHA-256"));
    });
  }

  @Test
  void theEntryByteAndRatioBoundsStopReadingWithAProblem() throws Exception {
    write(root.resolve("many.zip"), zip(entries(entry("a.txt", text("a")), entry("b.txt", text("b")), entry("c.txt", text("c")))));
    Detection entriesHit = detect(new ArchiveBounds(2, 1 << 30, 5, 200));
    assertThat(entriesHit.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 2 entries"));

    java.nio.file.Files.delete(root.resolve("many.zip"));
    write(root.resolve("bomb.zip"), zip(entries(entry("inner.zip", zip(entries(entry("zeros.jar", new byte[8 * 1024 * 1024])))))));
    Detection ratioHit = detect(new ArchiveBounds(1000, 1L << 32, 5, 200));
    assertThat(ratioHit.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
      assertThat(p.message()).contains("compression-ratio bound");
    });

    Detection bytesHit = detect(new ArchiveBounds(1000, 1024 * 1024, 5, 1_000_000));
    assertThat(bytesHit.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 1048576 bytes"));
  }

  @Test
  void theRootPomPropertiesOfAnUnpackedDeliveryIsItsSubjectNotAComponent() throws Exception {
    write(root.resolve("META-INF/maven/nl.gemeente/parkeren/pom.properties"), pom("nl.gemeente", "parkeren", "1.4.0"));
    write(root.resolve("META-INF/maven/nl.gemeente/parkeren/pom.xml"), text("<project/>"));
    write(root.resolve("WEB-INF/lib/guava-33.0.0-jre.jar"), library("com.google.guava", "guava", "33.0.0-jre"));

    Detection d = detect();

    assertThat(d.projects()).extracting(Component::ref).containsExactly("pkg:maven/nl.gemeente/parkeren@1.4.0");
    assertThat(d.components()).extracting(Component::ref).containsExactly("pkg:maven/com.google.guava/guava@33.0.0-jre");
  }

  @Test
  void twoCopiesOfOneArtifactWithDifferentBytesAreSaid() throws Exception {
    write(root.resolve("a/lib/gson-2.10.1.jar"), library("com.google.code.gson", "gson", "2.10.1"));
    byte[] other = zip(entries(entry("META-INF/maven/com.google.code.gson/gson/pom.properties",
        pom("com.google.code.gson", "gson", "2.10.1")), entry("evil/Payload.class", text("x"))));
    write(root.resolve("b/lib/gson-2.10.1.jar"), other);

    Detection d = detect();

    assertThat(d.problems()).singleElement().satisfies(p ->
        assertThat(p.message()).contains("pkg:maven/com.google.code.gson/gson@2.10.1 is delivered 2 times with 2 different contents"));
  }

  @Test
  void centralIsNeverAskedOffline() throws Exception {
    write(root.resolve("lib/gson-2.10.1.jar"), library("com.google.code.gson", "gson", "2.10.1"));
    JarDetector detector = new JarDetector(ArchiveBounds.defaults(), URI.create("http://127.0.0.1:9/never/"));
    List<WorkspaceFile> files = new FileWalker(1 << 20).walk(root).files();
    Detection d = detector.detect(new DetectorContext(root, ScanOptions.defaults().withOffline(true).withLocalRepository(repo),
        Optional.empty()), files.stream().filter(detector::accepts).toList());
    assertThat(d.problems()).isEmpty();
    assertThat(d.components()).singleElement().satisfies(c -> assertThat(c.properties())
        .containsEntry("autonomy:checksum:reason", "no published checksum in the local repository (scan online to ask Maven Central)"));
  }
}
