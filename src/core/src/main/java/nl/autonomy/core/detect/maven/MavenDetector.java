package nl.autonomy.core.detect.maven;

import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.WorkspaceFile;

/** Maven projects: hands every pom.xml to the front end's {@link MavenGraphProvider}. */
public final class MavenDetector implements Detector {

  public static final String ID = "maven";

  @Override
  public String id() {
    return ID;
  }

  /**
   * Every pom.xml except the copies Maven writes into what it builds ({@code META-INF/maven/...}
   * of an unpacked WAR or jar): those are provenance, and their test and provided dependencies are
   * not in the delivery. The archive detector lists what the delivery really holds.
   */
  @Override
  public boolean accepts(WorkspaceFile file) {
    return file.fileName().equals("pom.xml") && !file.path().contains("META-INF/maven/");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    if (context.maven().isEmpty()) {
      return Detection.ofProblem(Problem.error(ID, Location.of(files.get(0).path()),
          files.size() + " pom.xml file(s) found, but this front end has no Maven resolver: "
              + "the Maven dependencies are missing from the result"));
    }
    List<String> poms = files.stream().map(WorkspaceFile::path).toList();
    return context.maven().get().resolveProjects(new MavenProjectsRequest(context.root(), poms, context.options()));
  }
}
