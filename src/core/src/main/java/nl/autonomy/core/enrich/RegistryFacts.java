package nl.autonomy.core.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;

/**
 * What a registry says about one package version.
 *
 * @param found false when the registry has no such package or version (HTTP 404)
 * @param licenses the licenses it states, as written (an SPDX expression, a name, a URL)
 * @param licenseSource the URL that stated them, or null
 * @param supplier the author or vendor it names, or null
 * @param supplierSource the URL that named it, or null
 * @param properties further facts worth keeping on the component (e.g. {@code oci.image.source})
 */
record RegistryFacts(boolean found, List<DeclaredLicense> licenses, String licenseSource, Organization supplier,
    String supplierSource, SortedMap<String, String> properties) {

  RegistryFacts {
    licenses = licenses == null ? List.of() : List.copyOf(licenses);
    supplier = supplier == null || supplier.isEmpty() ? null : supplier;
    licenseSource = licenses.isEmpty() ? null : licenseSource;
    supplierSource = supplier == null ? null : supplierSource;
    properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties == null ? Map.of() : properties));
  }

  static RegistryFacts absent() {
    return new RegistryFacts(false, List.of(), null, null, null, null);
  }

  static RegistryFacts of(List<DeclaredLicense> licenses, String licenseSource, Organization supplier,
      String supplierSource) {
    return new RegistryFacts(true, licenses, licenseSource, supplier, supplierSource, null);
  }

  RegistryFacts withProperty(String key, String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    SortedMap<String, String> p = new TreeMap<>(properties);
    p.put(key, value.strip());
    return new RegistryFacts(found, licenses, licenseSource, supplier, supplierSource, p);
  }

  ObjectNode toJson() {
    ObjectNode n = RegistryHttp.JSON.createObjectNode();
    n.put("found", found);
    var ls = n.putArray("licenses");
    for (DeclaredLicense l : licenses) {
      ObjectNode o = ls.addObject();
      putIfSet(o, "spdx", l.spdxExpression());
      putIfSet(o, "name", l.name());
      putIfSet(o, "url", l.url());
    }
    putIfSet(n, "licenseSource", licenseSource);
    if (supplier != null) {
      ObjectNode s = n.putObject("supplier");
      putIfSet(s, "name", supplier.name());
      putIfSet(s, "url", supplier.url());
    }
    putIfSet(n, "supplierSource", supplierSource);
    ObjectNode p = n.putObject("properties");
    properties.forEach(p::put);
    return n;
  }

  static RegistryFacts fromJson(JsonNode n) {
    List<DeclaredLicense> ls = new ArrayList<>();
    n.path("licenses").forEach(l -> ls.add(new DeclaredLicense(text(l, "spdx"), text(l, "name"), text(l, "url"))));
    JsonNode s = n.path("supplier");
    Organization supplier = s.isObject() ? new Organization(text(s, "name"), text(s, "url")) : null;
    SortedMap<String, String> p = new TreeMap<>();
    n.path("properties").fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
    return new RegistryFacts(n.path("found").asBoolean(false), ls, text(n, "licenseSource"), supplier,
        text(n, "supplierSource"), p);
  }

  private static void putIfSet(ObjectNode n, String key, String value) {
    if (value != null) {
      n.put(key, value);
    }
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
  }
}
