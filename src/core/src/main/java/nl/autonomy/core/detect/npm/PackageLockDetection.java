package nl.autonomy.core.detect.npm;

import java.io.IOException;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.detect.support.LockfileProblems;
import nl.autonomy.core.detect.support.ShapeNote;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.WorkspaceFile;

/** package-lock.json and npm-shrinkwrap.json: streamed, then resolved as Node would. */
final class PackageLockDetection {

  private PackageLockDetection() {
  }

  static Detection read(String detector, WorkspaceFile file, long maxBytes, Manifests manifests) throws IOException {
    GraphBuilder graph = new GraphBuilder();
    List<ShapeNote> shapes = readInto(detector, file, maxBytes, manifests, graph);
    Detection.Builder out = Detection.builder().add(graph.build());
    shapes.forEach(note -> out.problem(LockfileProblems.shape(detector, file.path(), note)));
    return out.build();
  }

  private static List<ShapeNote> readInto(String detector, WorkspaceFile file, long maxBytes, Manifests manifests,
      GraphBuilder graph) throws IOException {
    PackageLockReader.Lock lock = PackageLockReader.read(file, maxBytes);
    String dir = file.directory();
    var pj = manifests.find(dir);
    Component root = pj.map(m -> NpmProjects.of(detector, m))
        .orElseGet(() -> NpmProjects.project(detector, lock.name(), lock.version(), file.path(), 1, dir, null));
    populate(detector, file, manifests, lock, root, pj.map(PackageJson::dependencies).orElse(List.of()), graph);
    return lock.shapes();
  }

  /** Separate so that the entries and the tree are garbage before the components are built. */
  private static void populate(String detector, WorkspaceFile file, Manifests manifests, PackageLockReader.Lock lock,
      Component root, List<PackageJson.Dependency> rootDependencies, GraphBuilder graph) {
    new NpmTree(detector, file.path(), file.directory(), lock.entries(), manifests::find, graph)
        .build(root, rootDependencies);
  }
}
