package nl.autonomy.core.detect.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.autonomy.core.source.CrcCheckedInput;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.PathRoles;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Java archives in the tree — the libraries of a delivered WAR ({@code WEB-INF/lib}), a fat jar's
 * siblings, a committed jar — identified by the {@code pom.properties} Maven writes into every jar
 * it builds, or by the file name when there is none.
 */
public final class JarDetector implements Detector {

  public static final String ID = "archive";

  private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/[^/]+/[^/]+/pom\\.properties");
  private static final Pattern NAME_VERSION = Pattern.compile("(.+?)-(\\d[\\w.+-]*)\\.(jar|war|ear)");
  /** pom.properties are a few hundred bytes; a larger one is not what Maven wrote. */
  private static final int MAX_PROPERTIES_BYTES = 64 * 1024;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String ext = file.extension();
    return ext.equals("jar") || ext.equals("war") || ext.equals("ear");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Detection.Builder out = Detection.builder();
    for (WorkspaceFile file : files) {
      try (ZipFile zip = new ZipFile(file.absolute().toFile())) {
        List<Component> found = fromPomProperties(file, zip);
        if (found.isEmpty()) {
          found = List.of(fromFileName(file));
        }
        found.forEach(out::component);
      } catch (IOException | RuntimeException e) {
        // what the archive holds is missing from the result: an error, so the SBOM says incomplete
        out.problem(Problem.error(ID, Location.of(file.path()), "cannot read the archive: " + e.getMessage()
            + "; its components are missing from the result"));
      }
    }
    return out.build();
  }

  private static List<Component> fromPomProperties(WorkspaceFile file, ZipFile zip) throws IOException {
    List<Component> found = new ArrayList<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (!POM_PROPERTIES.matcher(entry.getName()).matches() || entry.getSize() > MAX_PROPERTIES_BYTES) {
        continue;
      }
      Properties p = new Properties();
      try (InputStream in = CrcCheckedInput.open(zip, entry)) {
        byte[] bytes = in.readNBytes(MAX_PROPERTIES_BYTES + 1);
        if (bytes.length > MAX_PROPERTIES_BYTES) {
          continue;
        }
        p.load(new java.io.ByteArrayInputStream(bytes));
      }
      String g = p.getProperty("groupId");
      String a = p.getProperty("artifactId");
      String v = p.getProperty("version");
      if (g != null && a != null && v != null) {
        found.add(component(file, purl("maven", g, a, v), Ecosystem.MAVEN, g, a, v, entry.getName()));
      }
    }
    return found;
  }

  private static Component fromFileName(WorkspaceFile file) {
    Matcher m = NAME_VERSION.matcher(file.fileName());
    String name = m.matches() ? m.group(1) : file.fileName().replaceFirst("\\.[^.]+$", "");
    String version = m.matches() ? m.group(2) : null;
    return component(file, purl("generic", null, name, version), Ecosystem.GENERIC, null, name, version, null);
  }

  private static String purl(String type, String namespace, String name, String version) {
    try {
      return new PackageURL(type, namespace, name, version, null, null).canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a valid package: " + namespace + "/" + name + "@" + version, e);
    }
  }

  private static Component component(
      WorkspaceFile file, String purl, Ecosystem eco, String group, String name, String version, String entry) {
    String where = entry == null ? file.path() : file.path() + "!/" + entry;
    boolean wrapper = file.path().contains("gradle/wrapper/") || file.path().contains(".mvn/wrapper/");
    Scope scope = wrapper ? Scope.BUILD : PathRoles.scopeOf(file.path());
    return Component.builder(purl, eco, name)
        .purl(purl).group(group).version(version).scope(scope).direct(true)
        .property("autonomy:archive", file.path())
        .evidence(new Evidence(ID, EvidenceKind.ARCHIVE, Location.of(where), file.fileName(),
            entry == null ? 0.6 : 1.0, scope))
        .build();
  }
}
