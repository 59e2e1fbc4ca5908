package nl.autonomy.core.detect.signals.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.signals.HitContext;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * How each language names what a file imports. Only import statements count: a name in a string
 * or a log category is not a use of a client library.
 */
enum ImportSyntax {
  /** Java, Kotlin, Scala, Groovy: {@code import [static] a.b.C}. */
  JVM(List.of(Pattern.compile("^\\s*import\\s+(?:static\\s+)?([A-Za-z_][\\w.]*)")), false),
  /** {@code import a.b [as c], d} and {@code from a.b import c, d}. */
  PYTHON(List.of(), false),
  /** ES modules and CommonJS: {@code from 'x'}, {@code import 'x'}, {@code require('x')}, {@code import('x')}. */
  JAVASCRIPT(List.of(Pattern.compile("(?:\\bfrom|^\\s*import|\\brequire\\s*\\(|\\bimport\\s*\\()\\s*['\"`]([^'\"`]+)['\"`]")),
      false),
  /** {@code [global] using [static] [Alias =] A.B;}. */
  CSHARP(List.of(Pattern.compile("^\\s*(?:global\\s+)?using\\s+(?:static\\s+)?(?:\\w+\\s*=\\s*)?([A-Za-z_][\\w.]*)\\s*;")),
      false),
  /** {@code import [alias] "path"} and the lines of an {@code import ( ... )} block. */
  GO(List.of(), false),
  /** {@code use A\B\C;}, {@code use A\B\{C, D};}: PHP names ignore case. */
  PHP(List.of(Pattern.compile("^\\s*use\\s+(?:function\\s+|const\\s+)?\\\\?([A-Za-z_][\\w\\\\]*)")), true);

  private static final Pattern PY_IMPORT = Pattern.compile("^\\s*import\\s+(.+)$");
  private static final Pattern PY_FROM = Pattern.compile("^\\s*from\\s+([\\w.]+)\\s+import\\s+(.*)$");
  private static final Pattern GO_SINGLE = Pattern.compile("^\\s*import\\s+(?:[\\w.]+\\s+)?\"([^\"]+)\"");
  private static final Pattern GO_BLOCK_LINE = Pattern.compile("^\\s*(?:[\\w.]+\\s+)?\"([^\"]+)\"\\s*(?://.*)?$");
  private static final Pattern GO_BLOCK_OPEN = Pattern.compile("^\\s*import\\s*\\(\\s*(?://.*)?$");
  /** How far a statement is followed over lines: an import list or block is never longer in practice. */
  private static final int MAX_STATEMENT_LINES = 500;
  private static final Pattern PY_NAME = Pattern.compile("([A-Za-z_][\\w.]*)(?:\\s+as\\s+\\w+)?");

  private final List<Pattern> patterns;
  private final boolean ignoreCase;

  ImportSyntax(List<Pattern> patterns, boolean ignoreCase) {
    this.patterns = patterns;
    this.ignoreCase = ignoreCase;
  }

  /**
   * A name imported on a line.
   *
   * @param name the full name ({@code com.azure.storage.blob.BlobClient}, {@code @aws-sdk/client-s3})
   * @param start index of its first character in the line
   */
  record Imported(String name, int start) {
  }

  static ImportSyntax of(WorkspaceFile file) {
    return switch (file.extension()) {
      case "java", "kt", "kts", "scala", "sc", "groovy" -> JVM;
      case "py", "pyi" -> PYTHON;
      case "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte" -> JAVASCRIPT;
      case "cs" -> CSHARP;
      case "go" -> GO;
      case "php" -> PHP;
      default -> null;
    };
  }

  /**
   * The names imported by the statement on the hit's line. Python's parenthesised and
   * backslash-continued {@code from} imports are followed onto the next lines, and a quoted Go path
   * counts only inside an {@code import ( ... )} block: both read the lines around the hit.
   */
  List<Imported> imports(HitContext hit) {
    return switch (this) {
      case PYTHON -> python(hit);
      case GO -> go(hit);
      default -> imports(hit.text());
    };
  }

  private List<Imported> imports(String line) {
    List<Imported> found = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        found.add(new Imported(m.group(1), m.start(1)));
      }
    }
    return found;
  }

  /** Whether {@code name} is {@code prefix} or lies below it (next character a separator). */
  boolean below(String name, String prefix) {
    if (!name.regionMatches(ignoreCase, 0, prefix, 0, prefix.length())) {
      return false;
    }
    if (name.length() == prefix.length()) {
      return true;
    }
    char next = name.charAt(prefix.length());
    char last = prefix.charAt(prefix.length() - 1);
    return next == '.' || next == '/' || next == '\\' || next == ':' || last == '.' || last == '/' || last == '\\';
  }

  /** {@code from a.b import c} also imports {@code a.b.c}: catalogs name modules either way. */
  private static List<Imported> python(HitContext hit) {
    String line = hit.text();
    List<Imported> found = new ArrayList<>();
    Matcher from = PY_FROM.matcher(line);
    if (from.find()) {
      String module = from.group(1);
      found.add(new Imported(module, from.start(1)));
      Matcher names = PY_NAME.matcher(pythonNames(from.group(2), hit));
      while (names.find()) {
        found.add(new Imported(module + "." + names.group(1), from.start(1)));
      }
      return found;
    }
    Matcher imp = PY_IMPORT.matcher(line);
    if (imp.find()) {
      Matcher names = PY_NAME.matcher(withoutComment(imp.group(1)));
      while (names.find()) {
        found.add(new Imported(names.group(1), imp.start(1) + names.start(1)));
      }
    }
    return found;
  }

  /**
   * The names after {@code import}, joined over the lines the statement continues on: up to the
   * closing parenthesis of {@code import (}, or while a line ends with a backslash.
   */
  private static String pythonNames(String rest, HitContext hit) {
    String first = withoutComment(rest);
    StringBuilder names = new StringBuilder(first);
    boolean open = first.indexOf('(') >= 0 && first.indexOf(')') < 0;
    boolean continued = first.endsWith("\\");
    for (int k = 1; (open || continued) && k <= MAX_STATEMENT_LINES; k++) {
      String next = hit.lineAt(k);
      if (next == null) {
        break;
      }
      String part = withoutComment(next);
      names.append(' ').append(part);
      open = open && part.indexOf(')') < 0;
      continued = !open && part.endsWith("\\");
    }
    return names.toString().replace('(', ' ').replace(')', ' ').replace('\\', ' ');
  }

  private static String withoutComment(String text) {
    int hash = text.indexOf('#');
    return (hash < 0 ? text : text.substring(0, hash)).strip();
  }

  private static List<Imported> go(HitContext hit) {
    Matcher single = GO_SINGLE.matcher(hit.text());
    if (single.find()) {
      return List.of(new Imported(single.group(1), single.start(1)));
    }
    Matcher inBlock = GO_BLOCK_LINE.matcher(hit.text());
    if (inBlock.find() && insideGoImportBlock(hit)) {
      return List.of(new Imported(inBlock.group(1), inBlock.start(1)));
    }
    return List.of();
  }

  /** Whether the lines above the hit, over other paths and comments, lead up to {@code import (}. */
  private static boolean insideGoImportBlock(HitContext hit) {
    for (int k = 1; k <= MAX_STATEMENT_LINES; k++) {
      String previous = hit.lineAt(-k);
      if (previous == null) {
        return false;
      }
      if (GO_BLOCK_OPEN.matcher(previous).find()) {
        return true;
      }
      String t = previous.strip();
      if (!t.isEmpty() && !t.startsWith("//") && !GO_BLOCK_LINE.matcher(previous).find()) {
        return false;
      }
    }
    return false;
  }
}
