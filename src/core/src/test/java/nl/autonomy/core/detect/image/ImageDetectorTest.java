package nl.autonomy.core.detect.image;

import static nl.autonomy.core.detect.image.ImageFixtures.gzip;
import static nl.autonomy.core.detect.image.ImageFixtures.jar;
import static nl.autonomy.core.detect.image.ImageFixtures.layer;
import static nl.autonomy.core.detect.image.ImageFixtures.tar;
import static nl.autonomy.core.detect.image.ImageFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.ArchiveExtractor;
import nl.autonomy.core.source.ScanSource;
import nl.autonomy.core.source.SourcePreparer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Container images scanned as deliveries, built here from fixture layers, scanned as the CLI scans them. */
class ImageDetectorTest {

  static final String DEBIAN_OS = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n";
  static final String STATUS = """
      Package: libssl3
      Status: install ok installed
      Architecture: amd64
      Source: openssl
      Version: 3.0.15-1~deb12u1
      Maintainer: Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>
      Homepage: https://www.openssl.org/
      Description: Secure Sockets Layer toolkit
       shared libraries

      Package: removed-tool
      Status: deinstall ok config-files
      Architecture: amd64
      Version: 1.0-1

      Package: zlib1g
      Status: install ok installed
      Architecture: amd64
      Source: zlib (1:1.2.13.dfsg-1)
      Version: 1:1.2.13.dfsg-1
      Maintainer: Mark Brown <broonie@debian.org>
      """;
  static final String COPYRIGHT = """
      Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
      Upstream-Name: OpenSSL

      Files: *
      Copyright: 1998-2024 The OpenSSL Project
      License: Apache-2.0

      License: Apache-2.0
       On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0
      """;
  static final String CONFIG = """
      {"architecture":"amd64","os":"linux","created":"2026-11-01T10:00:00Z","config":{"Labels":{
      "org.opencontainers.image.licenses":"EUPL-1.2","org.opencontainers.image.vendor":"Gemeente Amsterdam",
      "org.opencontainers.image.source":"https://github.com/gemeente/parkeren",
      "org.opencontainers.image.revision":"0a1b2c3","org.opencontainers.image.version":"1.4.0"}},
      "rootfs":{"type":"layers","diff_ids":[]}}""";

  @TempDir
  Path tmp;

  @Test
  void aDockerSaveTarballIsTheDeliveryWithItsOsAndLanguagePackagesAndWhiteoutsHonoured() throws Exception {
    Map<String, byte[]> base = layer();
    base.put("etc/", null);
    base.put("etc/os-release", text(DEBIAN_OS));
    base.put("var/lib/dpkg/status", text(STATUS));
    base.put("usr/share/doc/libssl3/copyright", text(COPYRIGHT));
    base.put("usr/share/java/commons-text-1.10.0.jar", jar("org.apache.commons", "commons-text", "1.10.0"));
    base.put("usr/share/java/removed-1.0.jar", jar("nl.example", "removed", "1.0"));
    base.put("app/node_modules/left-pad/package.json", text("{\"name\":\"left-pad\",\"version\":\"1.3.0\",\"license\":\"WTFPL\"}"));
    base.put("app/node_modules/old/package.json", text("{\"name\":\"old\",\"version\":\"0.1.0\"}"));
    Map<String, byte[]> app = layer();
    app.put("usr/share/java/.wh.removed-1.0.jar", new byte[0]);
    app.put("usr/share/java/commons-text-1.11.0.jar", jar("org.apache.commons", "commons-text", "1.11.0"));
    app.put("app/node_modules/.wh..wh..opq", new byte[0]);
    app.put("app/node_modules/@gemeente/kaart/package.json",
        text("{\"name\":\"@gemeente/kaart\",\"version\":\"2.0.1\",\"license\":\"EUPL-1.2\",\"author\":\"Gemeente Amsterdam\"}"));
    app.put("usr/lib/python3/dist-packages/requests-2.32.3.dist-info/METADATA",
        text("Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\nLicense: Apache-2.0\nAuthor: Kenneth Reitz\n\nLong text\n"));
    app.put("../../etc/passwd", text("root:x:0:0"));
    Path image = Files.write(tmp.resolve("parkeren.tar"),
        ImageFixtures.dockerSave("registry.gemeente.nl/parkeren/app:1.4.0", CONFIG, List.of(tar(base), tar(app))));

    ScanResult result = scan(image);

    Component subject = result.inventory().project();
    assertThat(subject.purl()).startsWith("pkg:oci/app@sha256%3A")
        .contains("repository_url=registry.gemeente.nl%2Fparkeren%2Fapp", "tag=1.4.0", "arch=amd64");
    assertThat(subject.declaredLicenses()).extracting(DeclaredLicense::spdxExpression).containsExactly("EUPL-1.2");
    assertThat(subject.organization().name()).isEqualTo("Gemeente Amsterdam");
    assertThat(subject.properties()).containsEntry("autonomy:image:source", "https://github.com/gemeente/parkeren")
        .containsEntry("autonomy:image:revision", "0a1b2c3").containsEntry("autonomy:image:layers", "2");
    assertThat(result.inventory().components()).extracting(Component::purl).containsExactlyInAnyOrder(
        "pkg:deb/debian/libssl3@3.0.15-1~deb12u1?arch=amd64&distro=debian-12&upstream=openssl",
        "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12&upstream=zlib%401%3A1.2.13.dfsg-1",
        "pkg:maven/org.apache.commons/commons-text@1.10.0",
        "pkg:maven/org.apache.commons/commons-text@1.11.0",
        "pkg:npm/%40gemeente/kaart@2.0.1",
        "pkg:pypi/requests@2.32.3");
    Component ssl = component(result, "pkg:deb/debian/libssl3@3.0.15-1~deb12u1?arch=amd64&distro=debian-12&upstream=openssl");
    assertThat(ssl.declaredLicenses()).extracting(DeclaredLicense::spdxExpression).containsExactly("Apache-2.0");
    assertThat(ssl.organization().name()).isEqualTo("Debian OpenSSL Team");
    assertThat(ssl.evidence().get(0).location().file()).isEqualTo("image!/var/lib/dpkg/status");
    assertThat(ssl.evidence().get(0).location().line()).isEqualTo(1);
    assertThat(ssl.properties().get("autonomy:image:layer")).startsWith("sha256:").isNotEqualTo(
        component(result, "pkg:npm/%40gemeente/kaart@2.0.1").properties().get("autonomy:image:layer"));
    // the hostile entry is named, and the rest of its layer is still read
    assertThat(result.inventory().problems()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'../../etc/passwd'", "climbs out of the image root"));
    assertThat(result.inventory().complete()).isFalse();
  }

  @Test
  void anOciLayoutFolderWithGzipLayersAndApk() throws Exception {
    Map<String, byte[]> base = layer();
    base.put("etc/os-release", text("NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.3\n"));
    base.put("lib/apk/db/installed", text("""
        C:Q1abc=
        P:musl
        V:1.2.5-r0
        A:x86_64
        L:MIT
        U:https://musl.libc.org/
        m:Natanael Copa <ncopa@alpinelinux.org>

        C:Q1def=
        P:busybox
        V:1.36.1-r29
        A:x86_64
        L:GPL-2.0-only
        m:Sören Tempel <soeren+alpine@soeren-tempel.net>
        """));
    Path layout = ImageFixtures.ociLayout(Files.createDirectories(tmp.resolve("oci")), "docker.io/library/alpine:3.20",
        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{}}", List.of(gzip(tar(base))));

    ScanResult result = scan(layout);

    assertThat(result.inventory().project().purl()).startsWith("pkg:oci/alpine@sha256%3A")
        .contains("repository_url=docker.io%2Flibrary%2Falpine", "tag=3.20");
    assertThat(result.inventory().components()).extracting(Component::purl).containsExactly(
        "pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3",
        "pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3");
    assertThat(component(result, "pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3").declaredLicenses())
        .extracting(DeclaredLicense::spdxExpression).containsExactly("MIT");
    assertThat(result.inventory().problems()).isEmpty();
  }

  @Test
  void theRpmSqliteDatabaseIsReadHeaderByHeaderAndABrokenHeaderIsNamed() throws Exception {
    Path db = tmp.resolve("rpmdb.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO Packages (blob) VALUES (?)")) {
        insert.setBytes(1, header(Map.of(1000, "bash", 1001, "5.1.8", 1002, "9.el9", 1022, "x86_64",
            1014, "GPLv3+", 1011, "Red Hat, Inc.", 1044, "bash-5.1.8-9.el9.src.rpm"), 0));
        insert.executeUpdate();
        insert.setBytes(1, header(Map.of(1000, "openssl-libs", 1001, "3.0.7", 1002, "27.el9", 1022, "x86_64",
            1014, "ASL 2.0", 1011, "Red Hat, Inc."), 1));
        insert.executeUpdate();
        insert.setBytes(1, new byte[] {0, 0, 0, 9, 0, 0, 0, 1});
        insert.executeUpdate();
      }
    }
    Map<String, byte[]> base = layer();
    base.put("etc/os-release", text("ID=\"rhel\"\nVERSION_ID=\"9.4\"\n"));
    base.put("var/lib/rpm/rpmdb.sqlite", Files.readAllBytes(db));
    Path image = Files.write(tmp.resolve("ubi.tar"), ImageFixtures.dockerSave("registry.access.redhat.com/ubi9/ubi:9.4",
        "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{}}", List.of(tar(base))));

    ScanResult result = scan(image);

    assertThat(result.inventory().components()).extracting(Component::purl).containsExactly(
        "pkg:rpm/rhel/bash@5.1.8-9.el9?arch=x86_64&distro=rhel-9.4&upstream=bash-5.1.8-9.el9.src.rpm",
        "pkg:rpm/rhel/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=rhel-9.4&epoch=1");
    assertThat(component(result, "pkg:rpm/rhel/bash@5.1.8-9.el9?arch=x86_64&distro=rhel-9.4&upstream=bash-5.1.8-9.el9.src.rpm")
        .organization().name()).isEqualTo("Red Hat, Inc.");
    assertThat(result.inventory().problems()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("package 3 cannot be read"));
  }

  @Test
  void whiteoutsRemoveFilesAndFoldersOfLowerLayersOnly() throws Exception {
    Map<String, byte[]> one = layer();
    one.put("a/keep", text("1"));
    one.put("a/gone", text("1"));
    one.put("b/x/deep", text("1"));
    one.put("c/old", text("1"));
    Map<String, byte[]> two = layer();
    two.put("a/.wh.gone", new byte[0]);
    two.put("b/.wh.x", new byte[0]);
    two.put("c/.wh..wh..opq", new byte[0]);
    two.put("c/new", text("2"));
    Path l1 = Files.write(tmp.resolve("l1"), tar(one));
    Path l2 = Files.write(tmp.resolve("l2"), gzip(tar(two)));
    LayerStack.Result r = new LayerStack(nl.autonomy.core.source.ArchiveBounds.defaults()).apply(
        List.of(new LayerStack.Layer(l1, "one"), new LayerStack.Layer(l2, "two")), p -> true,
        Files.createDirectories(tmp.resolve("out")));
    assertThat(r.files()).extracting(LayerStack.Extracted::path).containsExactlyInAnyOrder("a/keep", "c/new");
    assertThat(r.files()).filteredOn(f -> f.path().equals("c/new")).singleElement()
        .satisfies(f -> assertThat(f.layer()).isEqualTo(1));
    assertThat(r.complete()).isTrue();
  }

  @Test
  void aWebAppManifestJsonIsNotAnImage() throws Exception {
    Path app = Files.createDirectories(tmp.resolve("web"));
    Files.writeString(app.resolve("manifest.json"), "{\"name\":\"Parkeren\",\"icons\":[]}");
    Files.writeString(app.resolve("package-lock.json"), "{\"lockfileVersion\":3,\"packages\":{\"\":{\"name\":\"web\"}}}");
    ScanResult result = scan(app);
    assertThat(result.inventory().problems()).noneMatch(p -> p.source().equals(ImageDetector.ID));
  }

  @Test
  void debianCopyrightFilesGiveTheirPackagesCopyrightStatements() throws Exception {
    Map<String, byte[]> base = layer();
    base.put("etc/os-release", text(DEBIAN_OS));
    base.put("var/lib/dpkg/status", text(STATUS));
    // machine-readable: every Copyright field's lines, continuation lines too, each once
    base.put("usr/share/doc/libssl3/copyright", text(COPYRIGHT + """

        Files: crypto/ec/curve448/*
        Copyright: 2015-2016 Cryptography Research, Inc.
         2016-2024 The OpenSSL Project
         .
        License: Apache-2.0

        Files: debian/*
        Copyright: 1998-2024 The OpenSSL Project
        License: Apache-2.0
        """));
    // free-form: only the lines that are statements, not the prose around them
    base.put("usr/share/doc/zlib1g/copyright", text("""
        This package was debianized by Mark Brown.
        It was downloaded from http://zlib.net/

        Copyright notice:

         (C) 1995-2022 Jean-loup Gailly and Mark Adler
         Copyright (C) 1995-2022 Jean-loup Gailly and Mark Adler

          This software is provided 'as-is', without any express or implied warranty.
        """));
    Path image = Files.write(tmp.resolve("debian.tar"),
        ImageFixtures.dockerSave("debian:12", CONFIG, List.of(tar(base))));

    ScanResult result = scan(image);

    Component ssl = component(result, "pkg:deb/debian/libssl3@3.0.15-1~deb12u1?arch=amd64&distro=debian-12&upstream=openssl");
    assertThat(ssl.copyrights()).singleElement().satisfies(c -> {
      assertThat(c.lines()).containsExactly("1998-2024 The OpenSSL Project", "2015-2016 Cryptography Research, Inc.",
          "2016-2024 The OpenSSL Project");
      assertThat(c.source().file()).isEqualTo("image!/usr/share/doc/libssl3/copyright");
      assertThat(c.detector()).isEqualTo(ImageDetector.ID);
      assertThat(c.omitted()).isZero();
    });
    Component zlib = result.inventory().components().stream().filter(c -> c.name().equals("zlib1g")).findFirst().orElseThrow();
    assertThat(zlib.copyrightLines()).containsExactly("Copyright (C) 1995-2022 Jean-loup Gailly and Mark Adler");
    assertThat(zlib.declaredLicenses()).isEmpty();
  }

  private ScanResult scan(Path input) throws Exception {
    ScanSource source = new SourcePreparer(ArchiveExtractor.withDefaultBounds()).prepare(input.toString(), true);
    try {
      return new Scanner().scan(new ScanRequest(source.root(), source.source(), source.kind(),
          ScanOptions.defaults().withOffline(true).withLocalRepository(tmp.resolve("m2")),
          new EvaluationOptions("default", null, FailOn.ERROR), Optional.empty(), ProgressListener.NONE));
    } finally {
      SourcePreparer.release(source);
    }
  }

  private static Component component(ScanResult result, String purl) {
    return result.inventory().components().stream().filter(c -> purl.equals(c.purl())).findFirst().orElseThrow();
  }

  /** An rpm header blob: index entries (strings, and EPOCH as int32) and the data store. */
  static byte[] header(Map<Integer, String> strings, int epoch) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    ByteBuffer index = ByteBuffer.allocate(16 * (strings.size() + 1));
    index.putInt(1003).putInt(4).putInt(0).putInt(1);
    data.writeBytes(ByteBuffer.allocate(4).putInt(epoch).array());
    for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(strings).entrySet()) {
      index.putInt(e.getKey()).putInt(6).putInt(data.size()).putInt(1);
      data.writeBytes((e.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
    }
    ByteBuffer blob = ByteBuffer.allocate(8 + index.capacity() + data.size());
    blob.putInt(strings.size() + 1).putInt(data.size()).put(index.array()).put(data.toByteArray());
    return blob.array();
  }
}
