package nl.autonomy.core.detect.archive;

import static nl.autonomy.core.source.ArchiveTestFiles.pomProperties;
import static nl.autonomy.core.source.ArchiveTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.ArchiveTestFiles;
import nl.autonomy.core.source.FileWalker;
import nl.autonomy.core.source.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarDetectorTest {

  @TempDir
  Path root;

  private Detection detect() {
    JarDetector detector = new JarDetector();
    List<WorkspaceFile> files = new FileWalker(1 << 20).walk(root).files().stream().filter(detector::accepts).toList();
    // offline, with an empty local repository: what the archive itself says, nothing looked up
    ScanOptions options = ScanOptions.defaults().withOffline(true).withLocalRepository(root.resolve("no-repository"));
    return detector.detect(new DetectorContext(root, options, Optional.empty()), files);
  }

  @Test
  void identifiesLibrariesOfADeliveredWarByTheirPomProperties() throws Exception {
    Map<String, byte[]> blob = new LinkedHashMap<>();
    blob.put("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\n"));
    blob.put("META-INF/maven/com.azure/azure-storage-blob/pom.properties",
        pomProperties("com.azure", "azure-storage-blob", "12.27.0"));
    ArchiveTestFiles.zip(root.resolve("WEB-INF/lib/azure-storage-blob-12.27.0.jar"), blob);
    ArchiveTestFiles.zip(root.resolve("WEB-INF/lib/legacy-util-2.1.jar"), Map.of("a/B.class", text("cafe")));
    ArchiveTestFiles.zip(root.resolve("gradle/wrapper/gradle-wrapper.jar"), Map.of("a/B.class", text("cafe")));

    Detection d = detect();

    assertThat(d.problems()).isEmpty();
    assertThat(d.components()).extracting(Component::ref, Component::scope).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("pkg:maven/com.azure/azure-storage-blob@12.27.0", Scope.RUNTIME),
        org.assertj.core.groups.Tuple.tuple("pkg:generic/legacy-util@2.1", Scope.RUNTIME),
        org.assertj.core.groups.Tuple.tuple("pkg:generic/gradle-wrapper", Scope.BUILD));
    Component blobC = d.components().stream().filter(c -> c.name().equals("azure-storage-blob")).findFirst().orElseThrow();
    assertThat(blobC.evidence()).singleElement().satisfies(e -> assertThat(e.location().file())
        .isEqualTo("WEB-INF/lib/azure-storage-blob-12.27.0.jar!/META-INF/maven/com.azure/azure-storage-blob/pom.properties"));
  }

  @Test
  void aJarsOwnNoticeAndLicenseGiveItsCopyrightStatementsAndTemplateLinesDoNot() throws Exception {
    Map<String, byte[]> jar = new LinkedHashMap<>();
    jar.put("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\n"));
    jar.put("META-INF/maven/org.apache.commons/commons-text/pom.properties",
        pomProperties("org.apache.commons", "commons-text", "1.12.0"));
    jar.put("META-INF/NOTICE.txt", text("""
        Apache Commons Text
        Copyright 2014-2024 The Apache Software Foundation

        This product includes software developed at
        The Apache Software Foundation (https://www.apache.org/).
        """));
    jar.put("META-INF/LICENSE.txt", text("""
        APPENDIX: How to apply the Apache License to your work.
              Copyright [yyyy] [name of copyright owner]
        Copyright (c) <year> <copyright holders>
         * Copyright (c) 2003 Some Author, \u001b[2Jinc.
        Copyright 2014-2024 The Apache Software Foundation
        (c) 2020 not a statement line on its own
        © 2019 Jörg Müller
        """));
    // a NOTICE elsewhere in the jar belongs to a resource, not to the jar
    jar.put("docs/NOTICE", text("Copyright 2001 Elsewhere Ltd\n"));
    ArchiveTestFiles.zip(root.resolve("lib/commons-text-1.12.0.jar"), jar);
    ArchiveTestFiles.zip(root.resolve("lib/plain-1.0.jar"), Map.of("META-INF/MANIFEST.MF", text("Manifest-Version: 1.0\n")));

    Detection d = detect();

    assertThat(d.problems()).isEmpty();
    Component text = d.components().stream().filter(c -> c.name().equals("commons-text")).findFirst().orElseThrow();
    assertThat(text.copyrights()).extracting(c -> c.source().file()).containsExactly(
        "lib/commons-text-1.12.0.jar!/META-INF/LICENSE.txt", "lib/commons-text-1.12.0.jar!/META-INF/NOTICE.txt");
    assertThat(text.copyrights().get(0).lines()).containsExactly(
        "Copyright (c) 2003 Some Author, [2Jinc.", "Copyright 2014-2024 The Apache Software Foundation", "© 2019 Jörg Müller");
    assertThat(text.copyrightLines()).containsExactly("Copyright (c) 2003 Some Author, [2Jinc.",
        "Copyright 2014-2024 The Apache Software Foundation", "© 2019 Jörg Müller");
    assertThat(d.components()).filteredOn(c -> c.name().startsWith("plain")).singleElement()
        .satisfies(c -> assertThat(c.copyrights()).isEmpty());
  }

  @Test
  void aCorruptArchiveIsAProblemNamingTheFileAndTheOthersAreStillRead() throws Exception {
    Files.writeString(root.resolve("broken.jar"), "this is not a zip");
    ArchiveTestFiles.zip(root.resolve("ok.jar"), Map.of("META-INF/maven/org.postgresql/postgresql/pom.properties",
        pomProperties("org.postgresql", "postgresql", "42.7.4")));

    Detection d = detect();

    assertThat(d.components()).extracting(Component::ref).containsExactly("pkg:maven/org.postgresql/postgresql@42.7.4");
    assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.location().file()).isEqualTo("broken.jar"));
  }
}
