package nl.autonomy.core.classify;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.autonomy.core.catalog.CatalogLoader;
import nl.autonomy.core.detect.support.SpdxLicenses;
import nl.autonomy.core.model.DeclaredLicense;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.util.LicenseResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Measures license matching on real POMs (issue 13): walks a Maven local repository, takes each
 * POM's {@code <licenses>} (inherited from the nearest parent that declares any, as Maven does),
 * and counts the components whose declared licenses resolve to SPDX, with the matching of
 * {@link SpdxNormalizer} as shipped and with CycloneDX's resolver alone (the matching before issue
 * 13). Prints the shares and the declared texts still unresolved, most frequent first. Not a test:
 * run it by hand, e.g.
 * <pre>
 * mvn -o -q -pl src/core test-compile
 * java -cp "src/core/target/test-classes:src/core/target/classes:$(cat cp.txt)" \
 *     nl.autonomy.core.classify.LicenseMatchBench ~/.m2/repository
 * </pre>
 * (cp.txt from {@code mvn -o -q -pl src/core dependency:build-classpath -Dmdep.outputFile=cp.txt}); a
 * second argument {@code --list} also prints every distinct declaration with what it resolves to.
 */
public final class LicenseMatchBench {

  private record Pom(String parentKey, List<DeclaredLicense> licenses) {
  }

  private LicenseMatchBench() {
  }

  public static void main(String[] args) throws Exception {
    Path repo = Paths.get(args.length > 0 ? args[0] : System.getProperty("user.home") + "/.m2/repository");
    Map<String, Pom> poms = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(repo)) {
      files = walk.filter(p -> p.toString().endsWith(".pom")).sorted().toList();
    }
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        Document d = builder.parse(in);
        Element project = d.getDocumentElement();
        String key = coordinates(project, true);
        if (key != null) {
          poms.put(key, new Pom(coordinates(child(project, "parent"), false), licenses(project)));
        }
      } catch (Exception e) {
        // an unreadable POM is not part of the measurement
      }
    }
    SpdxNormalizer now = new SpdxNormalizer(new CatalogLoader().load(List.of()));
    int declaring = 0;
    int none = 0;
    int before = 0;
    int after = 0;
    Map<String, Integer> unresolved = new HashMap<>();
    Map<String, Integer> distinct = new HashMap<>();
    for (Map.Entry<String, Pom> e : poms.entrySet()) {
      List<DeclaredLicense> declared = effective(e.getValue(), poms);
      if (declared.isEmpty()) {
        none++;
        continue;
      }
      declaring++;
      declared.forEach(d -> distinct.merge(d.name() + " | " + d.url(), 1, Integer::sum));
      if (declared.stream().allMatch(d -> cycloneDxAlone(d) != null)) {
        before++;
      }
      if (declared.stream().allMatch(d -> now.normalize(List.of(d)).isPresent())) {
        after++;
      } else {
        declared.stream().filter(d -> now.normalize(List.of(d)).isEmpty())
            .forEach(d -> unresolved.merge(d.name() + " | " + d.url(), 1, Integer::sum));
      }
    }
    System.out.printf("POMs read: %d; declaring a license (own or inherited): %d; declaring none: %d%n",
        poms.size(), declaring, none);
    System.out.printf("distinct <license> entries (name | url): %d%n", distinct.size());
    System.out.printf("resolved to SPDX, CycloneDX resolver alone (before): %d = %.2f%%%n", before,
        100.0 * before / declaring);
    System.out.printf("resolved to SPDX, shipped matching (after):          %d = %.2f%%%n", after,
        100.0 * after / declaring);
    if (args.length > 1 && args[1].equals("--list")) {
      // every distinct declaration with what it resolves to, to compare two versions of the matching
      new TreeMap<>(distinct).forEach((text, n) -> {
        String[] nameUrl = text.split(" \\| ", 2);
        DeclaredLicense d = new DeclaredLicense(null, nameUrl[0].equals("null") ? null : nameUrl[0],
            nameUrl[1].equals("null") ? null : nameUrl[1]);
        System.out.printf("LIST %s -> %s%n", text, now.normalize(List.of(d)).orElse("-"));
      });
    }
    System.out.println("unresolved (components: name | url):");
    unresolved.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(60)
        .forEach(u -> System.out.printf("  %4d  %s%n", u.getValue(), u.getKey()));
  }

  /** The POM's own licenses, else the nearest parent's, as Maven's inheritance gives them. */
  private static List<DeclaredLicense> effective(Pom pom, Map<String, Pom> poms) {
    Pom p = pom;
    for (int depth = 0; p != null && depth < 20; depth++) {
      if (!p.licenses().isEmpty()) {
        return p.licenses();
      }
      p = p.parentKey() == null ? null : poms.get(p.parentKey());
    }
    return List.of();
  }

  /** The matching before issue 13: CycloneDX's resolver on the name, then on the URL. */
  private static String cycloneDxAlone(DeclaredLicense d) {
    for (String text : new String[] {d.name(), d.url()}) {
      if (text == null || text.isBlank()) {
        continue;
      }
      try {
        LicenseChoice c = LicenseResolver.resolve(text.strip(), false);
        if (c != null && c.getLicenses() != null && !c.getLicenses().isEmpty()
            && c.getLicenses().get(0).getId() != null) {
          return c.getLicenses().get(0).getId();
        }
        if (c != null && c.getExpression() != null) {
          return c.getExpression().getValue();
        }
      } catch (RuntimeException e) {
        // unparsable: unresolved
      }
    }
    return null;
  }

  private static List<DeclaredLicense> licenses(Element project) {
    List<DeclaredLicense> out = new ArrayList<>();
    Element licenses = child(project, "licenses");
    if (licenses == null) {
      return out;
    }
    NodeList list = licenses.getElementsByTagName("license");
    for (int i = 0; i < list.getLength(); i++) {
      Element l = (Element) list.item(i);
      String name = text(l, "name");
      String url = text(l, "url");
      if (name != null || url != null) {
        out.add(SpdxLicenses.declared(name, url));
      }
    }
    return out;
  }

  private static String coordinates(Element e, boolean inherit) {
    if (e == null) {
      return null;
    }
    String g = text(e, "groupId");
    String v = text(e, "version");
    if (inherit && (g == null || v == null)) {
      Element parent = child(e, "parent");
      g = g == null && parent != null ? text(parent, "groupId") : g;
      v = v == null && parent != null ? text(parent, "version") : v;
    }
    String a = text(e, "artifactId");
    return g == null || a == null || v == null ? null : g + ":" + a + ":" + v;
  }

  private static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static String text(Element e, String name) {
    Element c = child(e, name);
    return c == null || c.getTextContent().isBlank() ? null : c.getTextContent().strip();
  }

}
