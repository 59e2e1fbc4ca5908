package nl.autonomy.core.detect.signals;

import java.util.Locale;
import java.util.Set;
import nl.autonomy.core.source.WorkspaceFile;

/** What kind of text a file holds, judged from its name: which families read it. */
public final class FileKinds {

  public static final Set<String> SOURCE = Set.of(
      "java", "kt", "kts", "scala", "sc", "groovy", "py", "pyi", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts",
      "tsx", "vue", "svelte", "cs", "go", "php");
  public static final Set<String> CONFIG = Set.of(
      "properties", "yaml", "yml", "json", "jsonc", "json5", "env", "xml", "config", "conf", "cfg", "ini", "toml",
      "tf", "tfvars", "tofu", "hcl", "bicep", "bicepparam", "tpl", "template", "sh", "bash", "ps1", "html", "htm",
      "gradle", "csproj", "md", "adoc", "rst");
  /** Generated lockfiles and bundles: huge, and their hosts are registries, not services the code uses. */
  private static final Set<String> GENERATED = Set.of(
      "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "composer.lock", "poetry.lock",
      "uv.lock", "cargo.lock", "go.sum", "packages.lock.json", "gemfile.lock", "pipfile.lock");

  private FileKinds() {
  }

  public static String name(WorkspaceFile file) {
    return file.fileName().toLowerCase(Locale.ROOT);
  }

  public static boolean isGenerated(WorkspaceFile file) {
    String name = name(file);
    return GENERATED.contains(name) || name.endsWith(".min.js") || name.endsWith(".map") || name.endsWith(".min.css");
  }

  public static boolean isSource(WorkspaceFile file) {
    return SOURCE.contains(file.extension()) && !isGenerated(file);
  }

  public static boolean isDockerfile(WorkspaceFile file) {
    String name = name(file);
    return name.equals("dockerfile") || name.startsWith("dockerfile.") || name.endsWith(".dockerfile")
        || name.equals("containerfile");
  }

  public static boolean isYamlOrJson(WorkspaceFile file) {
    return Set.of("yaml", "yml", "json", "tpl").contains(file.extension()) && !isGenerated(file);
  }

  /** Text that may carry configuration: config formats, scripts, source, build files. */
  public static boolean isText(WorkspaceFile file) {
    if (isGenerated(file)) {
      return false;
    }
    String name = name(file);
    return SOURCE.contains(file.extension()) || CONFIG.contains(file.extension()) || name.startsWith(".env")
        || isDockerfile(file) || name.equals("jenkinsfile") || name.equals("makefile") || name.equals("procfile");
  }
}
