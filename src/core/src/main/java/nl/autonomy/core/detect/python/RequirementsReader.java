package nl.autonomy.core.detect.python;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.detect.support.SafeFiles;

/**
 * Reads a pip requirements file and the files it includes ({@code -r}, {@code -c}, resolved next to
 * the including file, only inside the scanned root, each at most once so cycles end). Continuation
 * lines, comments, options, {@code --hash}es (kept) and pip-compile's {@code # via} annotations are
 * understood; constraints pin requirements that do not pin themselves.
 */
final class RequirementsReader {

  private static final Pattern INCLUDE =
      Pattern.compile("^(-r|--requirement|-c|--constraint)(?:\\s*=\\s*|\\s+)(\\S+)$");
  private static final Pattern HASH = Pattern.compile("\\s--hash[=\\s](\\S+)");
  private static final Pattern EGG = Pattern.compile("#egg=([A-Za-z0-9._-]+)");

  /** A requirement line of one of the files. */
  record Line(String file, int line, Requirement requirement, String text, boolean editable, List<String> via,
      List<String> hashes) {
  }

  /** All requirement lines found, and the pins of constraint files by normalised name. */
  record Result(List<Line> lines, Map<String, String> constraints, List<Warning> warnings) {
  }

  /** A line that could not be used, reported as a problem while the rest is read. */
  record Warning(String file, int line, String message) {
  }

  private final Path root;
  private final long maxBytes;
  private final Set<String> seen = new LinkedHashSet<>();
  private final List<Line> lines = new ArrayList<>();
  private final Map<String, String> constraints = new HashMap<>();
  private final List<Warning> warnings = new ArrayList<>();

  RequirementsReader(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  Result read(String file) throws IOException {
    include(file, false);
    return new Result(lines, constraints, warnings);
  }

  private void include(String file, boolean constraint) throws IOException {
    if (!seen.add(file)) {
      return;
    }
    String text = SafeFiles.readString(root.resolve(file), maxBytes);
    int n = 0;
    Line last = null;
    StringBuilder logical = new StringBuilder();
    int start = 0;
    for (String raw : text.lines().toList()) {
      n++;
      String stripped = raw.strip();
      if (last != null && stripped.startsWith("#") && stripped.matches("^#\\s+(via\\b.*|-r .*|[A-Za-z0-9._-]+)$")) {
        String via = stripped.replaceFirst("^#\\s+(via\\s*)?", "").strip();
        if (!via.isEmpty()) {
          last.via().add(via);
        }
        continue;
      }
      if (logical.isEmpty()) {
        start = n;
      }
      String noComment = withoutComment(raw);
      if (noComment.endsWith("\\")) {
        logical.append(noComment, 0, noComment.length() - 1).append(' ');
        continue;
      }
      logical.append(noComment);
      String content = logical.toString().strip();
      logical.setLength(0);
      if (content.isEmpty()) {
        continue;
      }
      Line parsed = line(file, start, content, constraint);
      if (parsed != null) {
        lines.add(parsed);
        last = parsed;
      }
    }
    String dangling = logical.toString().strip();
    if (!dangling.isEmpty()) {
      // pip reads a continuation at the end of the file as the end of the line: so do we, and say so
      warnings.add(new Warning(file, start, "the file ends in a line continuation ('\\'); the last line was read as if it ended there"));
      Line parsed = line(file, start, dangling, constraint);
      if (parsed != null) {
        lines.add(parsed);
      }
    }
  }

  /**
   * The line before its comment ({@code #} at the start or after a blank), found in one pass: the
   * regular expression this replaces was quadratic on a line of many {@code " #"}.
   */
  static String withoutComment(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
        return raw.substring(0, i == 0 ? 0 : i - 1);
      }
    }
    return raw;
  }

  private Line line(String file, int n, String content, boolean constraint)
      throws IOException {
    Matcher inc = INCLUDE.matcher(content);
    if (inc.matches()) {
      Optional<String> target = SafeFiles.resolveInside(file, inc.group(2));
      if (target.isEmpty()) {
        warnings.add(new Warning(file, n, "include '" + inc.group(2) + "' leaves the scanned folder and was not read"));
      } else if (!java.nio.file.Files.isRegularFile(root.resolve(target.get()))) {
        warnings.add(new Warning(file, n, "included file '" + inc.group(2) + "' does not exist"));
      } else {
        include(target.get(), constraint || inc.group(1).startsWith("-c") || inc.group(1).equals("--constraint"));
      }
      return null;
    }
    List<String> hashes = new ArrayList<>();
    Matcher h = HASH.matcher(" " + content);
    while (h.find()) {
      hashes.add(h.group(1));
    }
    String req = HASH.matcher(" " + content).replaceAll("").strip();
    boolean editable = false;
    if (req.startsWith("-e ") || req.startsWith("--editable")) {
      editable = true;
      req = req.replaceFirst("^(-e|--editable)(\\s*=\\s*|\\s+)", "");
      Matcher egg = EGG.matcher(req);
      if (!egg.find()) {
        return null;
      }
      req = egg.group(1) + " @ " + req.substring(0, egg.start());
    } else if (req.startsWith("-") || req.startsWith(".") || req.startsWith("/")) {
      return null;
    }
    Optional<Requirement> r = Requirement.parse(req);
    if (r.isEmpty()) {
      String shown = req.length() > 80 ? req.substring(0, 80) : req;
      warnings.add(new Warning(file, n, "not a requirement, line skipped: " + shown));
      return null;
    }
    if (constraint) {
      if (r.get().pinnedVersion() != null) {
        constraints.put(r.get().normalizedName(), r.get().pinnedVersion());
      }
      return null;
    }
    return new Line(file, n, r.get(), content, editable, new ArrayList<>(), hashes);
  }
}
