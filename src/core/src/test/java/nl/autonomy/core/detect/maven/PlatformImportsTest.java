package nl.autonomy.core.detect.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Location;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Imported BOMs give versions to declared coordinates without one; what stays missing is said exactly. */
class PlatformImportsTest {

  private static Component declared(String group, String name, String version) {
    String purl = "pkg:maven/" + group + "/" + name + (version == null ? "" : "@" + version);
    return Component.builder(purl, Ecosystem.MAVEN, name).purl(purl).group(group).version(version)
        .evidence(Evidence.manifest("gradle", Location.of("build.gradle", 7), name)).build();
  }

  private static Component bom(String group, String name, String version) {
    return bom(group, name, version, "platform");
  }

  private static Component bom(String group, String name, String version, String kind) {
    String purl = "pkg:maven/" + group + "/" + name + "@" + version + "?type=pom";
    return Component.builder(purl, Ecosystem.MAVEN, name).purl(purl).group(group).version(version)
        .property(PlatformImports.KIND, kind).build();
  }

  @Test
  void enforcedBeatsLastMavenBomBeatsHighestPlatform() {
    Component boot = bom("org.springframework.boot", "spring-boot-dependencies", "3.2.5");
    Component extra = bom("org.example", "extra-bom", "1.0");
    PlatformImports.ManagedVersion bootKotlin = new PlatformImports.ManagedVersion("org.jetbrains.kotlin", "kotlin-stdlib", "jar", "", "1.9.23");
    PlatformImports.ManagedVersion newer = new PlatformImports.ManagedVersion("org.jetbrains.kotlin", "kotlin-stdlib", "jar", "", "2.0.0");
    PlatformImports.ManagedVersion pinned = new PlatformImports.ManagedVersion("org.jetbrains.kotlin", "kotlin-stdlib", "jar", "", "1.9.24");
    // plain platforms: the highest version wins
    assertThat(PlatformImports.apply(List.of(), List.of(boot, extra), Map.of(boot.ref(), List.of(bootKotlin),
        extra.ref(), List.of(newer)), "maven").managed()).extracting(PlatformImports.ManagedVersion::version)
        .containsExactly("2.0.0");
    // an enforced platform wins over a higher plain one
    Component enforced = bom("org.jetbrains.kotlin", "kotlin-bom", "1.9.24", "enforcedPlatform");
    assertThat(PlatformImports.apply(List.of(), List.of(boot, enforced, extra), Map.of(boot.ref(), List.of(bootKotlin),
        enforced.ref(), List.of(pinned), extra.ref(), List.of(newer)), "maven").managed())
        .extracting(PlatformImports.ManagedVersion::version).containsExactly("1.9.24");
    // Spring's plugin: the last mavenBom wins
    Component first = bom("org.springframework.boot", "spring-boot-dependencies", "3.2.5", "mavenBom");
    Component last = bom("org.jetbrains.kotlin", "kotlin-bom", "1.9.24", "mavenBom");
    assertThat(PlatformImports.apply(List.of(), List.of(first, last), Map.of(first.ref(), List.of(bootKotlin),
        last.ref(), List.of(pinned)), "maven").managed()).extracting(PlatformImports.ManagedVersion::version)
        .containsExactly("1.9.24");
  }

  @Test
  void aPlatformGivesItsVersionToACoordinateDeclaredWithout() {
    Component aws = bom("software.amazon.awssdk", "bom", "2.31.50");
    Component boot = bom("org.springframework.boot", "spring-boot-dependencies", "3.5.7");
    Map<String, List<PlatformImports.ManagedVersion>> contents = Map.of(
        aws.ref(), List.of(new PlatformImports.ManagedVersion("software.amazon.awssdk", "s3", "jar", "", "2.31.50")),
        boot.ref(), List.of(
            new PlatformImports.ManagedVersion("software.amazon.awssdk", "s3", "jar", "", "2.20.0"),
            new PlatformImports.ManagedVersion("org.slf4j", "slf4j-api", "jar", "", "2.0.17")));
    Component s3 = declared("software.amazon.awssdk", "s3", null);
    Component pinned = declared("org.slf4j", "slf4j-api", "1.7.36");

    PlatformImports.Result r = PlatformImports.apply(List.of(s3, pinned), List.of(aws, boot), contents, "maven");

    assertThat(r.versions()).containsExactly(Map.entry(s3.ref(), "2.31.50"));
    assertThat(r.managedBy()).containsEntry(s3.ref(), "software.amazon.awssdk:bom:2.31.50");
    assertThat(r.managed()).extracting(PlatformImports.ManagedVersion::key, PlatformImports.ManagedVersion::version)
        .containsExactly(Tuple.tuple("software.amazon.awssdk:s3:jar", "2.31.50"),
            Tuple.tuple("org.slf4j:slf4j-api:jar", "2.0.17"));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void saysExactlyWhatIsMissing() {
    Component aws = bom("software.amazon.awssdk", "bom", "2.31.50");
    PlatformImports.Result r = PlatformImports.apply(List.of(declared("nl.gemeente", "zaken-client", null)),
        List.of(aws), Map.of(), "maven");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("cannot resolve nl.gemeente:zaken-client: it is declared without a version and "
          + "none of the BOMs this build imports manages it (software.amazon.awssdk:bom:2.31.50, unreadable); "
          + "its dependencies are missing");
      assertThat(p.location()).isEqualTo(Location.of("build.gradle", 7));
      assertThat(p.subject()).isEqualTo("nl.gemeente:zaken-client");
    });
    assertThat(PlatformImports.apply(List.of(declared("nl.gemeente", "zaken-client", null)), List.of(), Map.of(),
        "maven").problems().get(0).message()).contains("this build imports no platform or BOM that could manage it");
  }
}
