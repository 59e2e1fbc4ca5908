package nl.autonomy.core.detect.signals;

import java.util.Locale;
import nl.autonomy.core.lockin.LockInRules;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.PathRoles;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * What the evidence in one file is for, judged once per file (and per line in a multi-stage
 * Dockerfile): tests, fixtures and documentation are {@link Scope#TEST}; CI files, local Compose
 * files and dev containers build, test or run the product on a developer's machine and are
 * {@link Scope#BUILD} (context rules, {@code build-files}); the stages of a multi-stage Dockerfile
 * that do not end up in a shipped image are {@link Scope#BUILD} too ({@link DockerStages}); the rest
 * ships.
 */
public final class FileScope {

  private final boolean dockerfile;
  private final Scope byPath;
  private final Scope byRole;
  private final FileText text;
  private DockerStages stages;

  FileScope(WorkspaceFile file, LockInRules rules, FileText text) {
    this.text = text;
    this.dockerfile = FileKinds.isDockerfile(file);
    this.byPath = scopeOfPath(file.path());
    this.byRole = byPath == Scope.TEST ? Scope.TEST : rules.isBuildFile(file.path()) ? Scope.BUILD : byPath;
  }

  /**
   * Tests and documentation folders are {@link Scope#TEST}. An HTML file is a page the product serves
   * (a Django or Thymeleaf template) unless it lies in a documentation folder; documentation by its
   * extension alone (Markdown, AsciiDoc) is never read at all (context rules, {@code documentation-files}).
   */
  static Scope scopeOfPath(String path) {
    if (PathRoles.isTest(path)) {
      return Scope.TEST;
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      // the folder decides: the same path with an extension that says nothing by itself
      return PathRoles.isDocumentation(lower.substring(0, lower.lastIndexOf('.')) + ".source") ? Scope.TEST
          : Scope.RUNTIME;
    }
    return PathRoles.scopeOf(path);
  }

  /**
   * The scope by path alone (tests and documentation, or what ships): a deploy step in a CI file
   * keeps it, because it names where the product runs.
   */
  public Scope ofPath() {
    return byPath;
  }

  /** The scope of evidence on line {@code number} (1-based). */
  public Scope ofLine(int number) {
    if (byRole == Scope.RUNTIME && dockerfile && stages().buildOnly(number)) {
      return Scope.BUILD;
    }
    return byRole;
  }

  private DockerStages stages() {
    if (stages == null) {
      stages = new DockerStages(text);
    }
    return stages;
  }
}
