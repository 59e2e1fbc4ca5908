package nl.autonomy.resolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;

/**
 * Measures, before Maven's model builder sees a POM, how large its {@code ${...}} expressions
 * would grow. Maven 3's interpolation has no bound: properties that each name the previous one
 * twice ({@code p1 = ${p0}${p0}}, {@code p2 = ${p1}${p1}}, ...) double at every step, so forty
 * lines expand to a terabyte and the scan dies of memory. The guard computes each property's
 * expanded length from the POM and its local parents (memoised, so the measuring is linear) and
 * refuses the POM, as a problem at the offending line, when a value or the whole document would
 * expand beyond the bounds; references nested deeper than {@link #MAX_DEPTH} are refused as well.
 */
final class PropertyExpansionGuard {

  /** Larger than any real property value (a classpath, a long argLine) by orders of magnitude. */
  static final long MAX_VALUE_CHARS = 1L << 20;
  /** The whole POM's text after expansion. */
  static final long MAX_DOCUMENT_CHARS = 16L << 20;
  /** Properties that name properties that name properties...: real POMs nest a few levels. */
  static final int MAX_DEPTH = 64;
  private static final int MAX_PARENTS = 16;

  private static final XMLInputFactory FACTORY = UntrustedXml.factory();

  /** A property as written, with its line. */
  private record Written(String value, int line, String file) {
  }

  /** What one POM holds: its properties, its other texts and where its parent lies. */
  private record Pom(Map<String, Written> properties, List<Written> texts, String parentPath) {
  }

  private final Map<String, Written> properties = new LinkedHashMap<>();
  private final Map<String, Long> lengths = new HashMap<>();
  private final Map<String, Integer> depths = new HashMap<>();
  private final Set<String> visiting = new HashSet<>();

  private PropertyExpansionGuard() {
  }

  /**
   * The problem that makes the POM unsafe to build, or empty when it is within the bounds (or when
   * it cannot be read here: the model builder then reports that in its own words).
   */
  static Optional<Problem> check(Path root, String relativePom) {
    PropertyExpansionGuard guard = new PropertyExpansionGuard();
    Pom pom;
    try {
      pom = read(root.resolve(relativePom), relativePom);
      if (pom == null) {
        return Optional.empty();
      }
      guard.inheritFrom(root, relativePom, pom.parentPath());
    } catch (IOException | XMLStreamException e) {
      return Optional.empty();
    }
    pom.properties().forEach(guard.properties::put);
    long total = 0;
    for (Map.Entry<String, Written> p : guard.properties.entrySet()) {
      Optional<Problem> problem = guard.measure(p.getKey(), p.getValue());
      if (problem.isPresent()) {
        return problem;
      }
    }
    for (Written text : pom.texts()) {
      total += guard.expanded(text.value());
      if (total > MAX_DOCUMENT_CHARS) {
        return Optional.of(problem(text, "the POM's text would expand to more than " + MAX_DOCUMENT_CHARS
            + " characters through its ${...} properties; it is not built (a hostile or broken POM)"));
      }
    }
    return Optional.empty();
  }

  private Optional<Problem> measure(String name, Written w) {
    long length = length(name);
    if (length > MAX_VALUE_CHARS) {
      return Optional.of(problem(w, "property '" + name + "' would expand to more than " + MAX_VALUE_CHARS
          + " characters (its ${...} references multiply); the POM is not built (a hostile or broken POM)"));
    }
    if (depth(name) > MAX_DEPTH) {
      return Optional.of(problem(w, "property '" + name + "' refers to properties nested more than " + MAX_DEPTH
          + " levels deep; the POM is not built"));
    }
    return Optional.empty();
  }

  private static Problem problem(Written w, String message) {
    return new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, Location.of(w.file(), w.line()),
        message, null);
  }

  /** Parents found through relativePath inside the root; the child's own properties win. */
  private void inheritFrom(Path root, String child, String parentPath) throws IOException, XMLStreamException {
    Map<String, Written> inherited = new LinkedHashMap<>();
    String current = child;
    String next = parentPath;
    List<Map<String, Written>> chain = new java.util.ArrayList<>();
    for (int i = 0; i < MAX_PARENTS && next != null; i++) {
      Path dir = root.resolve(current).getParent();
      Path target = (dir == null ? root : dir).resolve(next).normalize();
      if (Files.isDirectory(target)) {
        target = target.resolve("pom.xml");
      }
      if (!target.startsWith(root.normalize()) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        break;
      }
      String relative = root.normalize().relativize(target).toString().replace('\\', '/');
      Pom parent = read(target, relative);
      if (parent == null) {
        break;
      }
      chain.add(parent.properties());
      current = relative;
      next = parent.parentPath();
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      inherited.putAll(chain.get(i));
    }
    properties.putAll(inherited);
  }

  /** Expanded length of a property; unknown names stay as written ({@code ${name}}). */
  private long length(String name) {
    Long known = lengths.get(name);
    if (known != null) {
      return known;
    }
    Written w = properties.get(name);
    if (w == null || !visiting.add(name)) {
      // unknown (a system or project property) or a cycle, which Maven reports itself
      return name.length() + 3;
    }
    long length = expanded(w.value());
    visiting.remove(name);
    lengths.put(name, length);
    return length;
  }

  private long expanded(String text) {
    long total = 0;
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        total += text.length() - i;
        break;
      }
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        total += text.length() - i;
        break;
      }
      total += start - i;
      total = saturatedAdd(total, length(text.substring(start + 2, end)));
      i = end + 1;
    }
    return total;
  }

  private int depth(String name) {
    Integer known = depths.get(name);
    if (known != null) {
      return known;
    }
    Written w = properties.get(name);
    if (w == null || !visiting.add(name)) {
      return 0;
    }
    int deepest = 0;
    int i = 0;
    String text = w.value();
    while ((i = text.indexOf("${", i)) >= 0) {
      int end = text.indexOf('}', i + 2);
      if (end < 0) {
        break;
      }
      deepest = Math.max(deepest, 1 + depth(text.substring(i + 2, end)));
      i = end + 1;
    }
    visiting.remove(name);
    depths.put(name, deepest);
    return deepest;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** The properties, the texts and the parent's relativePath of one POM; null when it is no POM. */
  private static Pom read(Path file, String relative) throws IOException, XMLStreamException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Map<String, Written> props = new LinkedHashMap<>();
    List<Written> texts = new java.util.ArrayList<>();
    String parentPath = null;
    boolean hasParent = false;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int textLine = 0;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            stack.addLast(xml.getLocalName());
            text.setLength(0);
            textLine = xml.getLocation().getLineNumber();
            if (stack.size() == 2 && xml.getLocalName().equals("parent")) {
              hasParent = true;
            }
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            text.append(xml.getText());
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            String name = stack.removeLast();
            String value = text.toString();
            if (stack.size() == 2 && "properties".equals(stack.peekLast())) {
              props.put(name, new Written(value, textLine, relative));
            } else if (stack.size() == 2 && "parent".equals(stack.peekLast()) && name.equals("relativePath")) {
              parentPath = value.strip();
            } else if (value.contains("${")) {
              texts.add(new Written(value, textLine, relative));
            }
            text.setLength(0);
          }
        }
      } finally {
        xml.close();
      }
    }
    if (hasParent && parentPath == null) {
      parentPath = "../pom.xml";
    }
    return new Pom(props, texts, parentPath == null || parentPath.isEmpty() ? null : parentPath);
  }
}
