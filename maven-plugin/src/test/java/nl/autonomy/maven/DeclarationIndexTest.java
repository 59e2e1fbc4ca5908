package nl.autonomy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.autonomy.core.model.Location;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.junit.jupiter.api.Test;

class DeclarationIndexTest {

  private static final Path ROOT = Path.of("/work/parkeren").toAbsolutePath();
  private static final InputSource MODULE = source("nl.amsterdam:parkeren-api:1.4.0", ROOT.resolve("api/pom.xml"));
  private static final InputSource PARENT = source("nl.amsterdam:parkeren-parent:1.4.0", ROOT.resolve("pom.xml"));
  private static final InputSource BOM = source("com.azure:azure-sdk-bom:1.3.8",
      Path.of("/home/dev/.m2/repository/com/azure/azure-sdk-bom/1.3.8/azure-sdk-bom-1.3.8.pom").toAbsolutePath());

  @Test
  void aVersionFromAnImportedBomNamesTheBomAsManager() {
    Dependency managed = dependency("com.azure", "azure-storage-blob", at(BOM, 120), null);
    Dependency declared = dependency("com.azure", "azure-storage-blob", at(BOM, 120), at(MODULE, 31));

    DeclarationIndex index = DeclarationIndex.of(List.of(declared), List.of(managed), ROOT, "api/pom.xml");

    Declaration d = index.declaration("com.azure:azure-storage-blob:jar").orElseThrow();
    assertThat(d.location()).isEqualTo(Location.of("api/pom.xml", 31));
    assertThat(d.managedBy()).isEqualTo("com.azure:azure-sdk-bom:1.3.8");
  }

  @Test
  void aDeclarationWithItsOwnVersionIsNotManaged() {
    Dependency managed = dependency("org.slf4j", "slf4j-api", at(PARENT, 50), null);
    Dependency declared = dependency("org.slf4j", "slf4j-api", at(MODULE, 40), at(MODULE, 38));

    DeclarationIndex index = DeclarationIndex.of(List.of(declared), List.of(managed), ROOT, "api/pom.xml");

    assertThat(index.declaration("org.slf4j:slf4j-api:jar").orElseThrow().managedBy()).isNull();
    assertThat(index.managedBy("org.slf4j:slf4j-api:jar")).contains("nl.amsterdam:parkeren-parent:1.4.0");
  }

  @Test
  void aDependencyInheritedFromTheParentPointsAtTheParentsLine() {
    Dependency declared = dependency("org.junit.jupiter", "junit-jupiter", at(PARENT, 95), at(PARENT, 92));

    DeclarationIndex index = DeclarationIndex.of(List.of(declared), List.of(), ROOT, "api/pom.xml");

    assertThat(index.declaration("org.junit.jupiter:junit-jupiter:jar").orElseThrow().location())
        .isEqualTo(Location.of("pom.xml", 92));
  }

  @Test
  void aDeclarationOutsideTheScannedTreeFallsBackToTheProjectsPom() {
    Dependency declared = dependency("com.azure", "azure-core", at(BOM, 10), at(BOM, 8));

    DeclarationIndex index = DeclarationIndex.of(List.of(declared), List.of(), ROOT, "api/pom.xml");

    assertThat(index.declaration("com.azure:azure-core:jar").orElseThrow().location())
        .isEqualTo(Location.of("api/pom.xml"));
  }

  private static Dependency dependency(String g, String a, InputLocation version, InputLocation self) {
    Dependency d = new Dependency();
    d.setGroupId(g);
    d.setArtifactId(a);
    d.setVersion("1");
    d.setLocation("version", version);
    if (self != null) {
      d.setLocation("", self);
    }
    return d;
  }

  private static InputLocation at(InputSource source, int line) {
    return new InputLocation(line, 7, source);
  }

  private static InputSource source(String modelId, Path file) {
    InputSource s = new InputSource();
    s.setModelId(modelId);
    s.setLocation(file.toString());
    return s;
  }
}
