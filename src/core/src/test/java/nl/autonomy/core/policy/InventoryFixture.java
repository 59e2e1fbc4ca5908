package nl.autonomy.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.source.PathRoles;

/**
 * Reads a hand-built, classified inventory from a compact YAML fixture: what the catalog and
 * classification stages put on components and services, written the way a reviewer can check it.
 * <pre>
 * project: pkg:maven/nl.amsterdam/parkeren@1.4.0
 * project-license: EUPL-1.2          # the project's own declared license; absent: none
 * vendors:
 *   microsoft: {name: Microsoft, country: US, jurisdictions: [US]}
 * components:
 *   - purl: pkg:maven/com.azure/azure-storage-blob@12.25.1
 *     scope: runtime                 # default runtime
 *     vendor: microsoft              # absent: unknown
 *     license: MIT                   # SPDX expression; absent: unknown
 *     category: permissive
 *     services: [azure-blob-storage]
 *     evidence: ["pom.xml:41"]       # FILE:LINE[:KIND], scope from the path
 * services:
 *   - {id: azure-blob-storage, name: Azure Blob Storage, vendor: microsoft, category: storage,
 *      lock-in: proprietary-api, alternatives: [MinIO], standard: S3 API, endpoints: [...], evidence: [...]}
 * </pre>
 */
final class InventoryFixture {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  final Inventory inventory;
  final List<VendorRef> vendors;

  private InventoryFixture(Inventory inventory, List<VendorRef> vendors) {
    this.inventory = inventory;
    this.vendors = vendors;
  }

  static InventoryFixture read(Path file) {
    try {
      return of(YAML.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InventoryFixture of(JsonNode root) {
    Map<String, VendorRef> vendors = new HashMap<>();
    root.path("vendors").fields().forEachRemaining(e -> vendors.put(e.getKey(), vendor(e.getKey(), e.getValue())));
    List<Component> components = new ArrayList<>();
    Map<String, List<String>> clients = new HashMap<>();
    for (JsonNode c : root.path("components")) {
      Component component = component(c, vendors);
      components.add(component);
      component.services().forEach(s -> clients.computeIfAbsent(s, k -> new ArrayList<>()).add(component.ref()));
    }
    List<Service> services = new ArrayList<>();
    for (JsonNode s : root.path("services")) {
      String id = s.path("id").asText();
      services.add(new Service(id, text(s, "name"), text(s, "vendor"), text(s, "category"),
          LockInLevel.fromId(s.path("lock-in").asText()), strings(s.path("endpoints")),
          clients.getOrDefault(id, List.of()), evidence(s.path("evidence"), EvidenceKind.IMPORT),
          strings(s.path("alternatives")), text(s, "standard")));
    }
    com.fasterxml.jackson.databind.node.ObjectNode projectNode = YAML.createObjectNode().put("purl", root.path("project").asText());
    if (root.has("project-license")) {
      projectNode.put("license", root.path("project-license").asText());
    }
    Component project = component(projectNode, vendors);
    Provenance provenance = new Provenance("fixture", SourceKind.FOLDER, null, null, null,
        Instant.parse("2026-11-28T00:00:00Z"), "test");
    Inventory inventory = new Inventory(project, components, services, List.of(), List.of(), List.of(),
        provenance, null);
    return new InventoryFixture(inventory, List.copyOf(vendors.values()));
  }

  private static VendorRef vendor(String id, JsonNode v) {
    return new VendorRef(id, text(v, "name"), text(v, "owner"), text(v, "country"), strings(v.path("jurisdictions")),
        null, v.has("basis") ? VendorBasis.valueOf(v.get("basis").asText().toUpperCase(java.util.Locale.ROOT))
            : VendorBasis.CATALOG);
  }

  private static Component component(JsonNode c, Map<String, VendorRef> vendors) {
    String purl = c.path("purl").asText();
    try {
      PackageURL p = new PackageURL(purl);
      Ecosystem ecosystem = Ecosystem.fromPurlType(p.getType()).orElse(Ecosystem.GENERIC);
      Component.Builder b = Component.builder(purl, ecosystem, p.getName())
          .purl(c.path("no-purl").asBoolean(false) ? null : purl)
          .group(p.getNamespace())
          .version(c.path("no-version").asBoolean(false) ? null : p.getVersion())
          .scope(c.has("scope") ? Scope.fromId(c.get("scope").asText()) : Scope.RUNTIME)
          .direct(c.path("direct").asBoolean(false))
          .evidence(evidence(c.path("evidence"), EvidenceKind.MANIFEST));
      if (c.has("vendor")) {
        b.vendor(vendors.getOrDefault(c.get("vendor").asText(), VendorRef.unknown()));
      }
      if (c.has("license") || c.has("category")) {
        b.license(new LicenseInfo(text(c, "license"),
            c.has("category") ? LicenseCategory.fromId(c.get("category").asText()) : LicenseCategory.UNKNOWN,
            "declared"));
      }
      strings(c.path("services")).forEach(b::service);
      return b.build();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("fixture purl " + purl, e);
    }
  }

  private static List<Evidence> evidence(JsonNode list, EvidenceKind defaultKind) {
    List<Evidence> out = new ArrayList<>();
    for (JsonNode e : list) {
      String[] parts = e.asText().split(":");
      EvidenceKind kind = parts.length > 2 ? EvidenceKind.valueOf(parts[2].toUpperCase(java.util.Locale.ROOT))
          : defaultKind;
      out.add(new Evidence("fixture", kind, Location.of(parts[0], Integer.parseInt(parts[1])), e.asText(), 1.0,
          PathRoles.scopeOf(parts[0])));
    }
    return out;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
