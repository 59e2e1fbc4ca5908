package nl.autonomy.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/** Attaches the written CycloneDX files to the project with classifier {@code cyclonedx}. */
final class BomAttachment {

  static final String CLASSIFIER = "cyclonedx";

  private final MavenProjectHelper helper;

  BomAttachment(MavenProjectHelper helper) {
    this.helper = helper;
  }

  /** @return how many files were attached */
  int attach(MavenProject project, List<Path> written) {
    int n = 0;
    for (Path file : written) {
      String name = file.getFileName().toString();
      if (name.endsWith(".cdx.json")) {
        helper.attachArtifact(project, "json", CLASSIFIER, file.toFile());
        n++;
      } else if (name.endsWith(".cdx.xml")) {
        helper.attachArtifact(project, "xml", CLASSIFIER, file.toFile());
        n++;
      }
    }
    return n;
  }
}
