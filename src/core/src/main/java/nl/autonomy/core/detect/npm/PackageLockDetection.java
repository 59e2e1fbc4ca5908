package nl.autonomy.core.detect.npm;

import java.io.IOException;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.GraphBuilder;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.source.WorkspaceFile;

/** package-lock.json and npm-shrinkwrap.json: streamed, then resolved as Node would. */
final class PackageLockDetection {

  private PackageLockDetection() {
  }

  static Detection read(String detector, WorkspaceFile file, long maxBytes, Manifests manifests) throws IOException {
    PackageLockReader.Lock lock = PackageLockReader.read(file, maxBytes);
    String dir = file.directory();
    var pj = manifests.find(dir);
    Component root = pj.map(m -> NpmProjects.of(detector, m))
        .orElseGet(() -> NpmProjects.project(detector, lock.name(), lock.version(), file.path(), 1, dir, null));
    GraphBuilder graph = new GraphBuilder();
    NpmTree tree = new NpmTree(detector, file.path(), dir, lock.entries(), manifests::find, graph);
    tree.build(root, pj.map(PackageJson::dependencies).orElse(List.of()));
    return graph.build();
  }
}
