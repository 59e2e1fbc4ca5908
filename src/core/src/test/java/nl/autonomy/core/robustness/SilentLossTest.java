package nl.autonomy.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.autonomy.core.ProgressListener;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.SourceKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each input here used to lose components while the SBOM still said "complete". Each must now
 * give an error naming the file (and the line where it is known), so the composition is incomplete.
 */
class SilentLossTest {

  @TempDir
  Path root;

  private static final String PACKAGE_JSON = """
      {"name": "app", "version": "1.0.0", "dependencies": {"left-pad": "^1.3.0"}}
      """;

  private Inventory scan(ScanOptions options) {
    return new Scanner().scan(new ScanRequest(root, "case", SourceKind.FOLDER, options, null, Optional.empty(),
        ProgressListener.NONE)).inventory();
  }

  private Inventory scan() {
    return scan(ScanOptions.defaults().withOffline(true).withTimestamp(Instant.parse("2026-01-01T00:00:00Z")));
  }

  private void write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<Problem> errors(Inventory inv, String file) {
    return inv.problems().stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR && p.location() != null && p.location().file().equals(file))
        .toList();
  }

  private static void assertErrorAt(Inventory inv, String file, int line, String words) {
    assertThat(inv.complete()).as("an incomplete result: %s", inv.problems()).isFalse();
    assertThat(errors(inv, file)).as("errors of %s: %s", file, inv.problems())
        .anySatisfy(p -> {
          assertThat(p.message()).contains(words);
          if (line > 0) {
            assertThat(p.location().line()).isEqualTo(line);
          }
        });
  }

  @Test
  void aNumericVersionInAPackageLockIsAnError() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("package-lock.json", """
        {
          "name": "app", "version": "1.0.0", "lockfileVersion": 3,
          "packages": {
            "": {"name": "app", "version": "1.0.0", "dependencies": {"left-pad": "^1.3.0"}},
            "node_modules/left-pad": {
              "version": 1.3
            }
          }
        }
        """);
    assertErrorAt(scan(), "package-lock.json", 6, "\"version\" of \"node_modules/left-pad\" is a number");
  }

  @Test
  void packagesAsAnArrayIsAnError() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("package-lock.json", """
        {"name": "app", "version": "1.0.0", "lockfileVersion": 3,
         "packages": [{"name": "left-pad", "version": "1.3.0"}]}
        """);
    assertErrorAt(scan(), "package-lock.json", 2, "\"packages\" is an array");
  }

  @Test
  void dependenciesAsAnArrayIsAnError() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("package-lock.json", """
        {"name": "app", "version": "1.0.0", "lockfileVersion": 1,
         "dependencies": ["left-pad"]}
        """);
    assertErrorAt(scan(), "package-lock.json", 2, "\"dependencies\" is an array");
  }

  @Test
  void aDuplicatedKeyInAPackageLockIsAnError() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("package-lock.json", """
        {
          "name": "app", "version": "1.0.0", "lockfileVersion": 3,
          "packages": {
            "": {"name": "app", "version": "1.0.0", "dependencies": {"left-pad": "^1.3.0"}},
            "node_modules/left-pad": {"version": "1.3.0"},
            "node_modules/left-pad": {"version": "6.6.6", "resolved": "https://evil.example/left-pad.tgz"}
          }
        }
        """);
    Inventory inv = scan();
    assertErrorAt(inv, "package-lock.json", 6, "Duplicate field");
    assertThat(inv.components()).noneMatch(c -> "6.6.6".equals(c.version()));
  }

  @Test
  void aDuplicatedKeyInAPnpmLockIsAnError() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("pnpm-lock.yaml", """
        lockfileVersion: '9.0'
        importers:
          .:
            dependencies:
              left-pad:
                specifier: ^1.3.0
                version: 1.3.0
        packages:
          left-pad@1.3.0:
            resolution: {integrity: sha512-aaaa}
          left-pad@1.3.0:
            resolution: {integrity: sha512-bbbb}
        """);
    assertErrorAt(scan(), "pnpm-lock.yaml", 11, "Duplicate field");
  }

  @Test
  void aTruncatedPnpmLockThatIsStillYamlIsAnError() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("pnpm-lock.yaml", """
        lockfileVersion: '9.0'
        importers:
          .:
            dependencies:
              left-pad:
                specifier: ^1.3.0
                version: 1.3.0
        """);
    assertErrorAt(scan(), "pnpm-lock.yaml", 3, "left-pad@1.3.0");
  }

  @Test
  void aRequirementsFileEndingInAContinuationKeepsItsLastRequirement() throws IOException {
    write("requirements.txt", "flask==3.0.0\nrequests==2.31.0 \\\n");
    Inventory inv = scan();
    assertThat(inv.components()).extracting(Component::name).contains("flask", "requests");
    assertThat(inv.problems()).anySatisfy(p -> {
      assertThat(p.location().file()).isEqualTo("requirements.txt");
      assertThat(p.location().line()).isEqualTo(2);
      assertThat(p.message()).contains("ends in a line continuation");
    });
  }

  @Test
  void aFloatVersionInACargoLockIsAnError() throws IOException {
    write("Cargo.lock", """
        version = 3

        [[package]]
        name = "serde"
        version = 1.10
        source = "registry+https://github.com/rust-lang/crates.io-index"
        """);
    Inventory inv = scan();
    assertErrorAt(inv, "Cargo.lock", 0, "version");
    assertThat(inv.components()).noneMatch(c -> "1.1".equals(c.version()));
  }

  @Test
  void aFloatVersionInAPoetryLockIsAnError() throws IOException {
    write("pyproject.toml", "[tool.poetry]\nname = \"app\"\nversion = \"1.0\"\n");
    write("poetry.lock", """
        [[package]]
        name = "requests"
        version = 2.30
        description = ""
        optional = false
        python-versions = ">=3.8"
        """);
    Inventory inv = scan();
    assertErrorAt(inv, "poetry.lock", 0, "not a string");
    assertThat(inv.components()).noneMatch(c -> "2.3".equals(c.version()));
  }

  @Test
  void aNumericComposeImageIsAnErrorNotLibrary5() throws IOException {
    write("docker-compose.yml", """
        services:
          web:
            image: 5
          db:
            image: postgres:16
        """);
    Inventory inv = scan();
    assertErrorAt(inv, "docker-compose.yml", 3, "is not a string (5)");
    assertThat(inv.components()).noneMatch(c -> c.name().endsWith("/5") || c.name().equals("5"));
    assertThat(inv.components()).anyMatch(c -> c.name().contains("postgres"));
  }

  @Test
  void aLockfileOverTheSizeBoundIsAnErrorNotAMissingLockfile() throws IOException {
    write("package.json", PACKAGE_JSON);
    write("package-lock.json", "{\"name\": \"app\", \"lockfileVersion\": 3, \"packages\": {}, \"pad\": \""
        + "x".repeat(4096) + "\"}");
    Inventory inv = scan(ScanOptions.defaults().withOffline(true).withMaxFileSize(1024)
        .withTimestamp(Instant.parse("2026-01-01T00:00:00Z")));
    assertErrorAt(inv, "package-lock.json", 0, "more than the bound");
    assertThat(inv.problems()).noneMatch(p -> p.message().contains("has no"));
  }

  @Test
  void anUnreadableFolderIsAnError() throws IOException {
    write("locked/package.json", PACKAGE_JSON);
    Path folder = root.resolve("locked");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(folder),
          "this user can read a folder without permissions (root): the walk cannot be made to fail here");
      assertErrorAt(scan(), "locked", 0, "cannot read the folder");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aJarEntryWithABadCrcIsAnError() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] content = "groupId=org.example\nartifactId=app\nversion=1.0\n".getBytes(StandardCharsets.UTF_8);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e = new ZipEntry("META-INF/maven/org.example/app/pom.properties");
      e.setMethod(ZipEntry.STORED);
      e.setSize(content.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(content);
      e.setCrc(crc.getValue());
      zip.putNextEntry(e);
      zip.write(content);
    }
    Path jar = root.resolve("lib/app.jar");
    Files.createDirectories(jar.getParent());
    Files.write(jar, out.toByteArray());
    // change one byte of the stored content ("1.0" becomes "6.0"): the header's CRC no longer matches
    byte[] bytes = Files.readAllBytes(jar);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("version=1.0") + "version=".length();
    try (RandomAccessFile f = new RandomAccessFile(jar.toFile(), "rw")) {
      f.seek(at);
      f.write('6');
    }
    Inventory inv = scan();
    assertErrorAt(inv, "lib/app.jar", 0, "CRC-32");
    assertThat(inv.components()).noneMatch(c -> "6.0".equals(c.version()));
  }
}
