package nl.autonomy.core.results;

import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.PackageKey;
import nl.autonomy.core.classify.Classifier;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.ComponentRole;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PropertyNames;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.ServiceUse;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.model.WalkStats;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Composition;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;

/**
 * A CycloneDX SBOM as a result to compare, parsed with CycloneDX Core Java. Autonomy's own SBOMs
 * carry the scan's facts as {@code autonomy:} properties (vendor, license category, services and
 * their lock-in, problems): those are taken as recorded, since they reflect the catalog the scan
 * used. A component without them (any other tool's SBOM) is classified with the catalog, as a scan
 * classifies what a lockfile declares, so its vendor and license category can be compared too.
 *
 * <p>An SBOM holds no assessment and no service depth: those are left absent, never made up.
 */
final class CycloneDxResults {

  private static final String SOURCE = "sbom";

  private CycloneDxResults() {
  }

  static ScanResult fromJson(Path file, byte[] bytes, String label, Catalog catalog) throws IOException {
    try {
      return toResult(new JsonParser().parse(bytes), label, catalog);
    } catch (ParseException | RuntimeException e) {
      throw new IOException(file + ": not a readable CycloneDX JSON SBOM: " + e.getMessage(), e);
    }
  }

  static ScanResult fromXml(Path file, byte[] bytes, String label, Catalog catalog) throws IOException {
    try {
      return toResult(new XmlParser().parse(withoutEvidence(bytes)), label, catalog);
    } catch (IOException | ParseException | RuntimeException e) {
      throw new IOException(file + ": not a readable CycloneDX XML SBOM: " + e.getMessage(), e);
    }
  }

  /**
   * The XML without the components' {@code evidence}: CycloneDX Core Java 12.2.0's XmlParser fails
   * on evidence occurrences ("Cannot deserialize ... ArrayList<Occurrence> from Object value"),
   * and a comparison does not use them. Parsed with DTDs and external entities refused.
   */
  static byte[] withoutEvidence(byte[] xml) throws IOException {
    try {
      javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
      org.w3c.dom.NodeList found = doc.getElementsByTagNameNS("*", "evidence");
      List<org.w3c.dom.Node> nodes = new ArrayList<>();
      for (int i = 0; i < found.getLength(); i++) {
        nodes.add(found.item(i));
      }
      nodes.forEach(n -> n.getParentNode().removeChild(n));
      javax.xml.transform.TransformerFactory tf = javax.xml.transform.TransformerFactory.newInstance();
      tf.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(xml.length);
      tf.newTransformer().transform(new javax.xml.transform.dom.DOMSource(doc),
          new javax.xml.transform.stream.StreamResult(out));
      return out.toByteArray();
    } catch (org.xml.sax.SAXParseException e) {
      throw new IOException("not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
          + ": " + e.getMessage(), e);
    } catch (javax.xml.parsers.ParserConfigurationException | javax.xml.transform.TransformerException
        | org.xml.sax.SAXException e) {
      throw new IOException("not readable XML: " + e.getMessage(), e);
    }
  }

  static ScanResult toResult(Bom bom, String label, Catalog catalog) {
    Classifier classifier = new Classifier(catalog);
    Metadata metadata = bom.getMetadata();
    Map<String, List<String>> meta = properties(metadata == null ? null : metadata.getProperties());
    List<org.cyclonedx.model.Component> all = new ArrayList<>();
    flatten(bom.getComponents(), all);
    boolean ours = !meta.isEmpty() && meta.keySet().stream().anyMatch(k -> k.startsWith(PropertyNames.PREFIX))
        || all.stream().anyMatch(c -> properties(c.getProperties()).containsKey(PropertyNames.SCOPE));

    Map<String, Component> components = new TreeMap<>();
    for (org.cyclonedx.model.Component c : all) {
      component(c, ours, classifier).ifPresent(x -> components.putIfAbsent(x.ref(), x));
    }
    Component project = metadata != null && metadata.getComponent() != null
        ? component(metadata.getComponent(), ours, classifier).orElse(null) : null;
    if (project == null) {
      project = Component.builder("project:" + label, Ecosystem.GENERIC, label).direct(true).build();
    }

    List<Problem> problems = problems(meta, bom, label);
    Inventory inventory = new Inventory(project, List.copyOf(components.values()), List.of(), List.of(), List.of(),
        problems, provenance(metadata, meta, label), WalkStats.empty());
    if (ours) {
      inventory = inventory.withServices(services(bom, inventory.components()));
    } else {
      inventory = foreign(bom, inventory, classifier, catalog, label);
    }
    return new ScanResult(inventory, 0);
  }

  private static void flatten(List<org.cyclonedx.model.Component> list, List<org.cyclonedx.model.Component> out) {
    if (list == null) {
      return;
    }
    for (org.cyclonedx.model.Component c : list) {
      out.add(c);
      flatten(c.getComponents(), out);
    }
  }

  private static Optional<Component> component(org.cyclonedx.model.Component c, boolean ours, Classifier classifier) {
    if (c.getName() == null || c.getName().isBlank()) {
      return Optional.empty();
    }
    Map<String, List<String>> props = properties(c.getProperties());
    Optional<PackageURL> purl = PackageKey.parse(c.getPurl());
    Ecosystem ecosystem = purl.flatMap(p -> Ecosystem.fromPurlType(p.getType())).orElse(Ecosystem.GENERIC);
    String canonical = purl.map(PackageURL::canonicalize).orElse(null);
    String ref = canonical != null ? canonical
        : c.getBomRef() != null ? c.getBomRef() : c.getName() + (c.getVersion() == null ? "" : "@" + c.getVersion());
    String group = purl.map(PackageURL::getNamespace).orElse(c.getGroup());
    if (group != null && ecosystem == Ecosystem.NPM) {
      group = group.replaceFirst("^@", "");
    }
    Component.Builder b = Component.builder(ref, ecosystem, purl.map(PackageURL::getName).orElse(c.getName()))
        .purl(canonical).group(group == null || group.isEmpty() ? null : group)
        .version(purl.map(PackageURL::getVersion).orElse(c.getVersion()))
        .scope(scope(c, props)).direct("true".equals(first(props, PropertyNames.DIRECT)))
        .optional("true".equals(first(props, PropertyNames.OPTIONAL))
            || c.getScope() == org.cyclonedx.model.Component.Scope.OPTIONAL)
        .declaredLicenses(declared(c.getLicenses()))
        .organization(organization(c.getManufacturer() != null ? c.getManufacturer() : c.getSupplier()));
    if (c.getHashes() != null) {
      c.getHashes().forEach(h -> b.hash(h.getAlgorithm(), h.getValue()));
    }
    props.forEach((k, v) -> {
      if (!k.startsWith(PropertyNames.PREFIX)) {
        b.property(k, String.join(",", v));
      }
    });
    if (ours) {
      // the role Autonomy wrote; another tool's SBOM cannot make a package the city's own code
      b.role(role(props));
    }
    Component built = b.build();
    if (!ours) {
      // classified with the services' sightings below, as a scan classifies what a lockfile declares
      return Optional.of(built);
    }
    // Autonomy's own SBOM: the scan's facts as recorded
    Component.Builder r = built.toBuilder();
    String category = first(props, PropertyNames.LICENSE_CATEGORY);
    if (category != null) {
      r.license(new LicenseInfo(expression(c.getLicenses()), LicenseCategory.fromId(category),
          Optional.ofNullable(first(props, PropertyNames.LICENSE_BASIS)).orElse("none")));
    }
    String vendor = first(props, PropertyNames.VENDOR_ID);
    if (vendor != null) {
      String basis = first(props, PropertyNames.VENDOR_BASIS);
      OrganizationalEntity supplier = c.getSupplier();
      r.vendor("unknown".equals(vendor) && (basis == null || basis.equals("unknown")) ? VendorRef.unknown()
          : new VendorRef(vendor, supplier == null ? null : supplier.getName(), first(props, PropertyNames.VENDOR_OWNER),
              first(props, PropertyNames.VENDOR_COUNTRY), split(first(props, PropertyNames.VENDOR_JURISDICTION)),
              supplier == null || supplier.getUrls() == null || supplier.getUrls().isEmpty() ? null
                  : supplier.getUrls().get(0),
              basis == null ? VendorBasis.UNKNOWN : identified(VendorBasis.values(), basis, VendorBasis.UNKNOWN)));
    }
    split(first(props, PropertyNames.SERVICE_ID)).forEach(r::service);
    return Optional.of(r.build());
  }

  private static ComponentRole role(Map<String, List<String>> props) {
    if ("true".equals(first(props, PropertyNames.MODULE))) {
      return ComponentRole.MODULE;
    }
    return "true".equals(first(props, PropertyNames.PROJECT)) ? ComponentRole.PROJECT : ComponentRole.DEPENDENCY;
  }

  private static Scope scope(org.cyclonedx.model.Component c, Map<String, List<String>> props) {
    String recorded = first(props, PropertyNames.SCOPE);
    if (recorded != null) {
      return Scope.fromId(recorded);
    }
    // "excluded" is CycloneDX's "not reachable at run time": build or test, we cannot tell which
    return c.getScope() == org.cyclonedx.model.Component.Scope.EXCLUDED ? Scope.BUILD : Scope.RUNTIME;
  }

  private static List<DeclaredLicense> declared(LicenseChoice choice) {
    List<DeclaredLicense> out = new ArrayList<>();
    if (choice == null) {
      return out;
    }
    if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
      out.add(DeclaredLicense.spdx(choice.getExpression().getValue()));
    }
    if (choice.getLicenses() != null) {
      for (License l : choice.getLicenses()) {
        if (l.getId() != null) {
          out.add(new DeclaredLicense(l.getId(), l.getName(), l.getUrl()));
        } else if (l.getName() != null) {
          out.add(new DeclaredLicense(null, l.getName(), l.getUrl()));
        }
      }
    }
    return out;
  }

  /** The license as Autonomy's SBOM records the classified one: one id, or an expression. */
  private static String expression(LicenseChoice choice) {
    if (choice == null) {
      return null;
    }
    if (choice.getExpression() != null) {
      return choice.getExpression().getValue();
    }
    if (choice.getLicenses() != null && choice.getLicenses().size() == 1) {
      return choice.getLicenses().get(0).getId();
    }
    return null;
  }

  private static Organization organization(OrganizationalEntity e) {
    if (e == null || e.getName() == null || e.getName().isBlank()) {
      return null;
    }
    return new Organization(e.getName(), e.getUrls() == null || e.getUrls().isEmpty() ? null : e.getUrls().get(0));
  }

  /** Autonomy's services, with the lock-in level the scan judged. */
  private static List<Service> services(Bom bom, List<Component> components) {
    List<Service> out = new ArrayList<>();
    if (bom.getServices() == null) {
      return out;
    }
    for (org.cyclonedx.model.Service s : bom.getServices()) {
      Map<String, List<String>> props = properties(s.getProperties());
      String id = first(props, PropertyNames.SERVICE_ID);
      String level = first(props, PropertyNames.LOCK_IN_LEVEL);
      if (id == null || level == null) {
        continue;
      }
      List<String> clients = components.stream().filter(c -> c.services().contains(id)).map(Component::ref).toList();
      out.add(new Service(id, s.getName(), first(props, PropertyNames.VENDOR_ID), first(props, PropertyNames.SERVICE_CATEGORY),
          LockInLevel.fromId(level), s.getEndpoints(), clients, List.of(), split(first(props, PropertyNames.ALTERNATIVES)),
          first(props, PropertyNames.STANDARD)));
    }
    return out;
  }

  /**
   * Another tool's SBOM: its components classified with the catalog, and services as the catalog links them from client components, plus the
   * SBOM's own services whose name or bom-ref is a catalog service id.
   */
  private static Inventory foreign(Bom bom, Inventory inventory, Classifier classifier, Catalog catalog, String label) {
    List<ServiceUse> uses = new ArrayList<>();
    if (bom.getServices() != null) {
      for (org.cyclonedx.model.Service s : bom.getServices()) {
        for (String candidate : Arrays.asList(s.getBomRef(), s.getName())) {
          if (candidate != null && catalog.service(candidate.replaceFirst("^service:", "")).isPresent()) {
            uses.add(new ServiceUse(candidate.replaceFirst("^service:", ""), new Evidence(SOURCE, EvidenceKind.SBOM,
                Location.of(label), s.getName(), 1.0, Scope.RUNTIME), null));
            break;
          }
        }
      }
    }
    Inventory withUses = new Inventory(inventory.project(), inventory.components(), List.of(), uses, List.of(),
        inventory.problems(), inventory.provenance(), inventory.walk());
    return classifier.classify(withUses);
  }

  private static List<Problem> problems(Map<String, List<String>> meta, Bom bom, String label) {
    List<Problem> out = new ArrayList<>();
    for (String p : meta.getOrDefault(PropertyNames.PROBLEM, List.of())) {
      Problem.Severity severity = p.contains(": error: ") || p.startsWith("error: ") ? Problem.Severity.ERROR
          : Problem.Severity.WARNING;
      out.add(new Problem(severity, SOURCE, Location.of(label), p, null));
    }
    boolean incomplete = "false".equals(first(meta, PropertyNames.COMPLETE))
        || bom.getCompositions() != null && bom.getCompositions().stream()
            .map(Composition::getAggregate).anyMatch(a -> a != null && a.name().startsWith("INCOMPLETE"));
    if (incomplete && out.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
      out.add(Problem.error(SOURCE, Location.of(label), "the SBOM declares itself incomplete"));
    }
    return out;
  }

  private static Provenance provenance(Metadata metadata, Map<String, List<String>> meta, String label) {
    // the provenance needs a time: an SBOM without one gets the epoch, which a comparison shows as absent
    Instant time = metadata == null || metadata.getTimestamp() == null ? Instant.EPOCH
        : metadata.getTimestamp().toInstant();
    String tool = null;
    if (metadata != null && metadata.getToolChoice() != null && metadata.getToolChoice().getComponents() != null) {
      tool = metadata.getToolChoice().getComponents().stream()
          .map(t -> t.getName() + (t.getVersion() == null ? "" : " " + t.getVersion())).findFirst().orElse(null);
    } else if (metadata != null && metadata.getTools() != null && !metadata.getTools().isEmpty()) {
      var t = metadata.getTools().get(0);
      tool = t.getName() + (t.getVersion() == null ? "" : " " + t.getVersion());
    }
    String source = Optional.ofNullable(first(meta, PropertyNames.SOURCE)).orElse(label);
    return new Provenance(source, SourceKind.fromId(first(meta, PropertyNames.SOURCE_KIND)).orElse(SourceKind.SBOM),
        first(meta, PropertyNames.GIT_REMOTE), first(meta, PropertyNames.GIT_COMMIT), first(meta, PropertyNames.GIT_BRANCH),
        time, tool == null ? "unknown" : tool, first(meta, PropertyNames.SOURCE_SHA256));
  }

  private static Map<String, List<String>> properties(List<Property> list) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (list != null) {
      for (Property p : list) {
        if (p.getName() != null && p.getValue() != null) {
          // SBOMs written before the taxonomy names (autonomy:vendor.id) read as today's (autonomy:vendor:id)
          out.computeIfAbsent(nl.autonomy.core.model.PropertyNames.canonical(p.getName()), k -> new ArrayList<>())
              .add(p.getValue());
        }
      }
    }
    return out;
  }

  private static String first(Map<String, List<String>> props, String name) {
    List<String> v = props.get(nl.autonomy.core.model.PropertyNames.canonical(name));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.copyOf(new TreeSet<>(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
  }

  private static <E extends Enum<E> & nl.autonomy.core.model.Identified> E identified(E[] values, String id, E fallback) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values).filter(v -> v.id().equals(wanted)).findFirst().orElse(fallback);
  }
}
