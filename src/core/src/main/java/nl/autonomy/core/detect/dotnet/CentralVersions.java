package nl.autonomy.core.detect.dotnet;

import java.util.List;

/** An MSBuild props file a project inherits (Directory.Packages.props, Directory.Build.props), or {@link #NONE}. */
record CentralVersions(MsBuildFile file, String path) {

  static final CentralVersions NONE = new CentralVersions(null, null);

  MsBuildFile.Item version(String id) {
    return file == null ? null
        : file.versions().stream().filter(v -> v.id().equalsIgnoreCase(id)).findFirst().orElse(null);
  }

  List<MsBuildFile.Item> globalReferences() {
    return file == null ? List.of() : file.globalReferences();
  }
}
