package nl.autonomy.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/maven.config} and {@code .mvn/jvm.config} read as Maven reads them. The expectations
 * were checked against Maven 3.9.11 itself ({@code help:evaluate} on the same files): a line is one
 * argument, quotes stay characters, {@code #} lines are comments, a line with leading blanks is
 * refused; Maven 3.8's {@code MavenCli} splits the whole file on white space instead.
 */
class MavenConfigReaderTest {

  @TempDir
  Path root;

  private MavenBuildConfig read(String mavenConfig) throws IOException {
    return read(mavenConfig, ScanOptions.defaults());
  }

  private MavenBuildConfig read(String mavenConfig, ScanOptions options) throws IOException {
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(root.resolve(".mvn/maven.config"), mavenConfig);
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    return MavenConfigReader.read(root, "pom.xml", options);
  }

  @Test
  void oneArgumentPerLineWithCommentsAndValuesOnTheirOwnLine() throws IOException {
    MavenBuildConfig c = read("""
        # versions
        -Drevision=1.4.0
        -Dsha1=
        -Dchangelist=-SNAPSHOT
        -T
        2C
        -P
        a,!b,-c,+d
        --define=flag
        -D
        spaced=value with blanks
        -s
        ci/settings.xml
        -o
        """);
    assertThat(c.userProperties()).containsExactly(Map.entry("revision", "1.4.0"), Map.entry("sha1", ""),
        Map.entry("changelist", "-SNAPSHOT"), Map.entry("flag", "true"), Map.entry("spaced", "value with blanks"));
    assertThat(c.activeProfiles()).containsExactly("a", "d");
    assertThat(c.inactiveProfiles()).containsExactly("b", "c");
    assertThat(c.offline()).isTrue();
    assertThat(c.projectDirectory()).isEmpty();
    // the settings file does not exist: Maven would stop, Autonomy says so and uses the defaults
    assertThat(c.settings()).isNull();
    assertThat(c.problems()).extracting(Problem::message).singleElement().asString()
        .contains("ci/settings.xml", "does not exist");
  }

  @Test
  void quotesStayCharactersAsInMaven39() throws IOException {
    MavenBuildConfig c = read("-Dquoted=\"a b\"\n-Dsingle='c'\n");
    assertThat(c.userProperties()).containsEntry("quoted", "\"a b\"").containsEntry("single", "'c'");
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void aLineWithSeveralOptionsIsSplitAndFlaggedWithoutAWrapper() throws IOException {
    MavenBuildConfig c = read("-Drevision=2.0.0 -Dchangelist=-SNAPSHOT\n");
    assertThat(c.userProperties()).containsEntry("revision", "2.0.0").containsEntry("changelist", "-SNAPSHOT");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.location().toString()).isEqualTo(".mvn/maven.config:1:1");
      assertThat(p.message()).contains("Maven 3.9 and later take a line as one argument");
    });
  }

  @Test
  void theWrappersMavenDecidesHowALineIsRead() throws IOException {
    Files.createDirectories(root.resolve(".mvn/wrapper"));
    Files.writeString(root.resolve(".mvn/wrapper/maven-wrapper.properties"),
        "distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.11/apache-maven-3.9.11-bin.zip\n");
    assertThat(read("-Drevision=2.0.0 -Dchangelist=-SNAPSHOT\n").userProperties())
        .containsExactly(Map.entry("revision", "2.0.0 -Dchangelist=-SNAPSHOT"));
    Files.writeString(root.resolve(".mvn/wrapper/maven-wrapper.properties"),
        "distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.8.8/apache-maven-3.8.8-bin.zip\n");
    // Maven 3.8 splits the whole file on white space, lines do not matter
    assertThat(read("-Drevision=2.0.0   -Dchangelist=-SNAPSHOT -P\n  ci\n").userProperties())
        .containsExactly(Map.entry("revision", "2.0.0"), Map.entry("changelist", "-SNAPSHOT"));
  }

  @Test
  void leadingBlanksAndUnknownOptionsAreReported() throws IOException {
    MavenBuildConfig c = read("  -Drevision=1\n--no-such-option\n");
    assertThat(c.userProperties()).containsEntry("revision", "1");
    assertThat(c.problems()).extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("starts with white space"))
        .anySatisfy(m -> assertThat(m).contains("--no-such-option"));
  }

  @Test
  void theUsersOwnDefinesWinAndProfilesAdd() throws IOException {
    ScanOptions options = ScanOptions.defaults().withMavenUserProperties(Map.of("revision", "9.9.9"))
        .withMavenProfiles(List.of("!a", "x"));
    MavenBuildConfig c = read("-Drevision=1.0\n-Pa\n", options);
    assertThat(c.userProperties()).containsEntry("revision", "9.9.9");
    assertThat(c.activeProfiles()).containsExactly("a", "x");
    assertThat(c.inactiveProfiles()).containsExactly("a");
  }

  @Test
  void settingsNamedRelativeToTheProjectDirectory() throws IOException {
    Files.createDirectories(root.resolve("ci"));
    Files.writeString(root.resolve("ci/settings.xml"), "<settings/>");
    MavenBuildConfig c = read("-sci/settings.xml\n--global-settings\nci/settings.xml\n");
    assertThat(c.settings()).isEqualTo(root.resolve("ci/settings.xml").normalize());
    assertThat(c.globalSettings()).isEqualTo(root.resolve("ci/settings.xml").normalize());
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void jvmConfigGivesSystemProperties() throws IOException {
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(root.resolve(".mvn/jvm.config"), "-Xmx2g -Dos.detected.classifier=linux-x86_64\n# a comment\n-Dempty\n");
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    MavenBuildConfig c = MavenConfigReader.read(root, "pom.xml", ScanOptions.defaults());
    assertThat(c.systemProperties()).containsExactly(Map.entry("os.detected.classifier", "linux-x86_64"),
        Map.entry("empty", ""));
    assertThat(c.modelSystemProperties().getProperty("java.version")).isNotNull();
  }

  @Test
  void theNearestMvnFolderUpwardsWithinTheScan() throws IOException {
    Files.createDirectories(root.resolve("services/.mvn"));
    Files.createDirectories(root.resolve("services/api/deep"));
    Files.createDirectories(root.resolve(".mvn"));
    assertThat(MavenProjectDirectory.of(root, "services/api/deep/pom.xml")).isEqualTo("services");
    assertThat(MavenProjectDirectory.of(root, "services/pom.xml")).isEqualTo("services");
    assertThat(MavenProjectDirectory.of(root, "other/pom.xml")).isEmpty();
    assertThat(MavenProjectDirectory.of(root.resolve("services/api"), "deep/pom.xml")).isNull();
  }
}
