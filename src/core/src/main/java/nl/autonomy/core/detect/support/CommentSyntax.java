package nl.autonomy.core.detect.support;

import java.util.List;
import java.util.Locale;

/**
 * How comments are written in a kind of file, as far as the syntax makes it clear.
 *
 * @param lineComments tokens that comment out the rest of the line
 * @param atLineStartOnly a line comment counts only as the first non-blank text (properties, INI)
 * @param spaceBefore a line comment must follow white space or start the line (YAML, shell: {@code a#b} is a value)
 * @param blockOpen token opening a block comment, or null
 * @param blockClose token closing it, or null
 * @param quotes characters that open string literals (in which nothing is a comment)
 */
public record CommentSyntax(
    List<String> lineComments, boolean atLineStartOnly, boolean spaceBefore, String blockOpen, String blockClose,
    String quotes) {

  public static final CommentSyntax NONE = new CommentSyntax(List.of(), false, false, null, null, "\"");
  public static final CommentSyntax C_LIKE = new CommentSyntax(List.of("//"), false, false, "/*", "*/", "\"'`");
  public static final CommentSyntax HCL = new CommentSyntax(List.of("#", "//"), false, false, "/*", "*/", "\"");
  public static final CommentSyntax PHP = new CommentSyntax(List.of("//", "#"), false, false, "/*", "*/", "\"'");
  public static final CommentSyntax HASH = new CommentSyntax(List.of("#"), false, true, null, null, "\"'");
  public static final CommentSyntax PYTHON = new CommentSyntax(List.of("#"), false, false, null, null, "\"'");
  public static final CommentSyntax PROPERTIES = new CommentSyntax(List.of("#", "!"), true, false, null, null, "");
  public static final CommentSyntax INI = new CommentSyntax(List.of("#", ";"), true, false, null, null, "");
  public static final CommentSyntax XML = new CommentSyntax(List.of(), false, false, "<!--", "-->", "");

  /** The block comment tokens of all syntaxes: the matcher must report the lines they are on. */
  public static List<String> blockTokens() {
    return List.of("/*", "*/", "<!--", "-->");
  }

  /** Judged from the file name; unknown kinds have no comments (nothing is discounted). */
  public static CommentSyntax forFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.equals("dockerfile") || name.startsWith("dockerfile.") || name.endsWith(".dockerfile")
        || name.equals("containerfile") || name.startsWith(".env") || name.equals("makefile")
        || name.equals("procfile") || name.equals("requirements.txt")) {
      return HASH;
    }
    if (name.equals("jenkinsfile")) {
      return C_LIKE;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "java", "kt", "kts", "scala", "sc", "groovy", "gradle", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts",
          "tsx", "cs", "go", "bicep", "swift", "rs", "c", "cc", "cpp", "h", "vue", "svelte", "jsonc", "json5" -> C_LIKE;
      case "tf", "tofu", "hcl", "tfvars" -> HCL;
      case "php" -> PHP;
      case "py", "pyi" -> PYTHON;
      case "yaml", "yml", "sh", "bash", "env", "toml", "conf", "cfg", "rb", "r", "dockerfile" -> HASH;
      case "properties" -> PROPERTIES;
      case "ini" -> INI;
      case "xml", "config", "csproj", "html", "htm", "xhtml", "svg", "plist" -> XML;
      default -> NONE;
    };
  }
}
