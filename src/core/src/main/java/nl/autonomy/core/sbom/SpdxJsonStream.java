package nl.autonomy.core.sbom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Inventory;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.model.v2.enumerations.ChecksumAlgorithm;
import org.spdx.storage.simple.InMemSpdxStore;

/**
 * Writes {@code bom.spdx.json} as a stream: the same bytes the SPDX library's model and
 * spdx-jackson-store write (packages sorted by SPDX id, their fields in alphabetical order after
 * the id, relationships sorted by related element, type and element, Jackson's default pretty
 * printer; several checksums of one package sorted by algorithm, where the library's order was
 * the hash order of its generated ids), without building the document in the library's in-memory store and a JSON tree of it
 * first. For a lockfile of a hundred thousand packages those took over a gigabyte of heap and a
 * quarter of the scan's CPU time (docs/performance.md, "Large lockfiles").
 *
 * <p>The library still renders every license expression (parsed once per distinct expression),
 * so an expression reads exactly as the library writes it. An expression that would need the
 * document to carry extracted licensing infos ({@code LicenseRef-}) is not rendered here:
 * {@link #licenses} says so and the caller writes that document with the library's model.
 */
final class SpdxJsonStream {

  /** SPDX ids, then the package's component. */
  private record Pkg(String id, Component component) {
  }

  /** One relationship; sorted as the library sorts them (by their field names' order). */
  private record Rel(String element, String type, String related) {
    static final Comparator<Rel> ORDER = Comparator.comparing(Rel::related).thenComparing(Rel::type)
        .thenComparing(Rel::element);
  }

  private final Map<String, Optional<String>> rendered = new HashMap<>();
  private final InMemSpdxStore licenseStore = new InMemSpdxStore();
  private final ModelCopyManager copies = new ModelCopyManager();
  private final String namespace;

  SpdxJsonStream(String namespace) {
    this.namespace = namespace;
  }

  /**
   * Every license string of the document (concluded, declared per package), or empty when one of
   * them needs extracted licensing infos, which only the library's model writes.
   */
  Optional<Map<Component, String[]>> licenses(List<Component> all) {
    Map<Component, String[]> out = new java.util.IdentityHashMap<>();
    for (Component c : all) {
      Optional<String> concluded = render(c.license() != null && c.license().isKnown() ? c.license().expression() : null);
      DeclaredLicense first = c.declaredLicenses().stream().filter(l -> l.spdxExpression() != null).findFirst().orElse(null);
      Optional<String> declared = render(first == null ? null : first.spdxExpression());
      if (concluded.isEmpty() || declared.isEmpty()) {
        return Optional.empty();
      }
      out.put(c, new String[] {concluded.get(), declared.get()});
    }
    return Optional.of(out);
  }

  /** The library's text of an expression; NOASSERTION when it cannot parse it; empty when it needs a LicenseRef. */
  private Optional<String> render(String expression) {
    return rendered.computeIfAbsent(expression == null ? "" : expression, e -> {
      String text = "NOASSERTION";
      if (!e.isEmpty()) {
        try {
          text = LicenseInfoFactory.parseSPDXLicenseStringCompatV2(e, licenseStore, namespace, copies).toString();
        } catch (InvalidSPDXAnalysisException | RuntimeException ex) {
          // not an expression the SPDX library accepts: stated as no assertion rather than written wrong
        }
      }
      return text.contains("LicenseRef-") || text.contains("DocumentRef-") ? Optional.empty() : Optional.of(text);
    });
  }

  void write(Inventory inventory, String name, String created, String creator, Map<Component, String[]> licenses,
      OutputStream out) throws IOException {
    List<Component> all = new ArrayList<>();
    all.add(inventory.project());
    all.addAll(inventory.components());
    List<Pkg> packages = new ArrayList<>(all.size());
    Map<String, String> idByRef = new HashMap<>();
    int n = 0;
    for (Component c : all) {
      String id = "SPDXRef-Package-" + (n++) + "-" + SpdxJsonWriter.safe(c.name());
      packages.add(new Pkg(id, c));
      idByRef.put(c.ref(), id);
    }
    packages.sort(Comparator.comparing(Pkg::id));
    TreeSet<Rel> relationships = new TreeSet<>(Rel.ORDER);
    relationships.add(new Rel("SPDXRef-DOCUMENT", "DESCRIBES", idByRef.get(inventory.project().ref())));
    for (DependencyEdge e : inventory.edges()) {
      String from = idByRef.get(e.from());
      String to = idByRef.get(e.to());
      if (from != null && to != null && !from.equals(to)) {
        relationships.add(new Rel(from, "DEPENDS_ON", to));
      }
    }
    JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(new DefaultPrettyPrinter());
    json.writeStartObject();
    json.writeStringField("SPDXID", "SPDXRef-DOCUMENT");
    json.writeStringField("spdxVersion", "SPDX-2.3");
    json.writeObjectFieldStart("creationInfo");
    json.writeStringField("created", created);
    json.writeArrayFieldStart("creators");
    json.writeString(creator);
    json.writeEndArray();
    json.writeEndObject();
    if (name != null) {
      json.writeStringField("name", name);
    }
    json.writeStringField("dataLicense", "CC0-1.0");
    json.writeStringField("documentNamespace", namespace);
    json.writeArrayFieldStart("packages");
    for (Pkg p : packages) {
      writePackage(json, p, licenses.get(p.component()));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("relationships");
    for (Rel r : relationships) {
      json.writeStartObject();
      json.writeStringField("spdxElementId", r.element());
      json.writeStringField("relationshipType", r.type());
      json.writeStringField("relatedSpdxElement", r.related());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  private static void writePackage(JsonGenerator json, Pkg p, String[] licenses) throws IOException {
    Component c = p.component();
    json.writeStartObject();
    json.writeStringField("SPDXID", p.id());
    List<Map.Entry<ChecksumAlgorithm, String>> checksums = new ArrayList<>();
    for (Map.Entry<String, String> h : c.hashes().entrySet()) {
      ChecksumAlgorithm alg = SpdxJsonWriter.algorithm(h.getKey(), h.getValue());
      if (alg != null) {
        checksums.add(Map.entry(alg, h.getValue()));
      }
    }
    if (!checksums.isEmpty()) {
      // sorted by algorithm: the library wrote several in the hash order of its generated ids
      checksums.sort(Comparator.comparing(h -> h.getKey().toString()));
      json.writeArrayFieldStart("checksums");
      for (Map.Entry<ChecksumAlgorithm, String> h : checksums) {
        json.writeStartObject();
        json.writeStringField("algorithm", h.getKey().toString().replace('_', '-'));
        json.writeStringField("checksumValue", h.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    // the statements the component's sources give, else NOASSERTION (none is invented), as the model writes it
    String copyright = ComponentMapper.copyrightText(c);
    json.writeStringField("copyrightText", copyright == null ? "NOASSERTION" : copyright);
    json.writeStringField("downloadLocation", "NOASSERTION");
    if (c.purl() != null) {
      json.writeArrayFieldStart("externalRefs");
      json.writeStartObject();
      json.writeStringField("referenceCategory", "PACKAGE-MANAGER");
      json.writeStringField("referenceLocator", c.purl());
      json.writeStringField("referenceType", "purl");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeBooleanField("filesAnalyzed", false);
    json.writeStringField("licenseConcluded", licenses[0]);
    json.writeStringField("licenseDeclared", licenses[1]);
    json.writeStringField("name", c.name());
    String fileName = SpdxJsonWriter.packageFileName(c);
    if (fileName != null) {
      json.writeStringField("packageFileName", fileName);
    }
    String supplier = SpdxJsonWriter.supplier(c);
    if (supplier != null) {
      json.writeStringField("supplier", supplier);
    }
    if (c.version() != null) {
      json.writeStringField("versionInfo", c.version());
    }
    json.writeEndObject();
  }
}
