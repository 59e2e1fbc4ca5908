package nl.autonomy.core.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.autonomy.core.detect.support.SafeXml;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Organization;

/**
 * Maven Central's POM of one artifact, for Maven components that arrived without their POM's
 * facts (a jar found by its {@code pom.properties}, a Gradle declaration resolved offline):
 * {@code <licenses>} and {@code <organization>}, inherited from the {@code <parent>} chain (at most
 * {@value #MAX_PARENTS} levels) the way Maven inherits them. Components resolved from their POMs
 * already carry what the POM says, so only those without a license are asked.
 */
final class MavenCentral implements RegistrySource {

  static final int MAX_PARENTS = 6;

  private final String base;

  MavenCentral(RegistryEndpoints endpoints) {
    this.base = endpoints.base("maven");
  }

  @Override
  public String id() {
    return "maven";
  }

  @Override
  public boolean accepts(Component c) {
    return c.ecosystem() == Ecosystem.MAVEN && c.group() != null && c.version() != null
        && !c.version().contains("${") && !c.version().endsWith("-SNAPSHOT");
  }

  @Override
  public boolean lacksFacts(Component c) {
    return c.declaredLicenses().isEmpty();
  }

  @Override
  public String key(Component c) {
    return c.group() + ":" + c.name() + ":" + c.version();
  }

  @Override
  public String url(Component c) {
    return pomUrl(c.group(), c.name(), c.version());
  }

  private String pomUrl(String g, String a, String v) {
    return base + "/" + g.replace('.', '/') + "/" + a + "/" + v + "/" + a + "-" + v + ".pom";
  }

  /** What one POM says. */
  record Pom(List<DeclaredLicense> licenses, Organization organization, String[] parent) {
  }

  @Override
  public RegistryFacts lookup(Component c, RegistryHttp http) throws LookupException {
    String url = url(c);
    List<DeclaredLicense> licenses = List.of();
    String licenseSource = null;
    Organization org = null;
    String orgSource = null;
    String[] gav = {c.group(), c.name(), c.version()};
    for (int level = 0; level <= MAX_PARENTS && gav != null && (licenses.isEmpty() || org == null); level++) {
      String pomUrl = pomUrl(gav[0], gav[1], gav[2]);
      RegistryHttp.Response r = http.get(pomUrl, Map.of("Accept", "application/xml"));
      if (r.status() == 404) {
        if (level == 0) {
          return RegistryFacts.absent();
        }
        break;
      }
      if (!r.ok()) {
        throw new LookupException(pomUrl + " answered HTTP " + r.status());
      }
      Pom pom = parse(r.text(), pomUrl);
      if (licenses.isEmpty() && !pom.licenses().isEmpty()) {
        licenses = pom.licenses();
        licenseSource = pomUrl;
      }
      if (org == null && pom.organization() != null) {
        org = pom.organization();
        orgSource = pomUrl;
      }
      gav = pom.parent();
    }
    return RegistryFacts.of(licenses, licenseSource, org, orgSource);
  }

  static Pom parse(String xml, String url) throws LookupException {
    List<DeclaredLicense> licenses = new ArrayList<>();
    String orgName = null;
    String orgUrl = null;
    String[] parent = new String[3];
    try {
      XMLStreamReader r = SafeXml.reader(xml);
      List<String> path = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      String name = null;
      String licenseUrl = null;
      while (r.hasNext()) {
        int event = SafeXml.next(r);
        if (event == XMLStreamConstants.START_ELEMENT) {
          path.add(r.getLocalName());
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS) {
          text.append(r.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String at = String.join("/", path);
          String value = text.toString().strip();
          boolean literal = !value.isEmpty() && !value.contains("${");
          switch (at) {
            case "project/licenses/license/name" -> name = literal ? value : null;
            case "project/licenses/license/url" -> licenseUrl = literal ? value : null;
            case "project/licenses/license" -> {
              if (name != null || licenseUrl != null) {
                licenses.add(new DeclaredLicense(null, name, licenseUrl));
              }
              name = null;
              licenseUrl = null;
            }
            case "project/organization/name" -> orgName = literal ? value : null;
            case "project/organization/url" -> orgUrl = literal ? value : null;
            case "project/parent/groupId" -> parent[0] = value;
            case "project/parent/artifactId" -> parent[1] = value;
            case "project/parent/version" -> parent[2] = value;
            default -> {
              // not a fact enrichment uses
            }
          }
          text.setLength(0);
          path.remove(path.size() - 1);
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new LookupException(url + " is not a readable POM: " + e.getMessage());
    }
    boolean hasParent = parent[0] != null && parent[1] != null && parent[2] != null && !parent[2].contains("${");
    return new Pom(licenses, Facts.supplier(orgName, orgUrl), hasParent ? parent : null);
  }
}
