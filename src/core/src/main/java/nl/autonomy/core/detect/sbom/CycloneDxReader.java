package nl.autonomy.core.detect.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Organization;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.model.SupplierSbom;
import nl.autonomy.core.quality.CdxFacts;
import nl.autonomy.core.quality.SbomStandards;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.Parser;
import org.cyclonedx.parsers.XmlParser;

/**
 * Reads a CycloneDX 1.2–1.6 BOM (JSON or XML) with CycloneDX Core Java: validated against the
 * schema of the version it declares, then parsed. A schema error is a problem at its line; what
 * can be read is still used: a JSON component the parser cannot take is left out on its own (its
 * line named), the rest is read.
 */
final class CycloneDxReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CycloneDxReader() {
  }

  static Detection read(String file, byte[] bytes, boolean xml) {
    Detection.Builder out = Detection.builder();
    List<Problem> problems = new ArrayList<>();
    JsonLines lines = xml ? null : JsonLines.of(bytes);
    JsonNode tree = null;
    String spec;
    if (xml) {
      spec = xmlSpecVersion(bytes);
    } else {
      try {
        tree = JSON.readTree(bytes);
      } catch (JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        out.problem(Problem.error(SbomDetector.ID, Location.of(file, line),
            "not valid JSON: " + e.getOriginalMessage() + "; nothing of this SBOM could be read"));
        return out.build();
      } catch (IOException e) {
        out.problem(Problem.error(SbomDetector.ID, Location.of(file), "cannot read the SBOM: " + e.getMessage()));
        return out.build();
      }
      spec = tree.path("specVersion").asText(null);
    }
    Version version = spec == null ? null : Version.fromVersionString(spec);
    Parser parser = xml ? new XmlParser() : new JsonParser();
    if (version == null) {
      problems.add(Problem.warning(SbomDetector.ID, Location.of(file), "CycloneDX specVersion " + spec
          + " is not one Autonomy knows (1.0 to 1.6): checked against 1.6 and read as far as it goes"));
      version = Version.VERSION_16;
    }
    boolean valid = true;
    try {
      if (xml) {
        for (ParseException e : parser.validate(bytes, version)) {
          valid = false;
          problems.add(invalid(file, location(file, e, null), version, message(e)));
        }
      } else {
        // CycloneDX Core Java's own schema, asked directly: its validate() drops where the error is
        for (com.networknt.schema.Error e : ((JsonParser) parser).getJsonSchema(version, JSON).validate(tree)) {
          valid = false;
          String path = String.valueOf(e.getInstanceLocation());
          problems.add(invalid(file, Location.of(file, lines.line(JsonLines.pointer(path))), version,
              path + " " + e.getMessage()));
        }
      }
    } catch (IOException | RuntimeException e) {
      valid = false;
      problems.add(Problem.error(SbomDetector.ID, Location.of(file), "cannot validate the SBOM: " + e.getMessage()));
    }
    Bom bom = parse(file, bytes, xml, parser, tree, lines, problems);
    problems.forEach(out::problem);
    if (bom == null) {
      return out.build();
    }
    map(file, bom, spec, xml ? "xml" : "json", valid && problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR),
        lines, out);
    return out.build();
  }

  /** Parses the whole BOM, else the components one by one (JSON), so one bad entry loses only itself. */
  private static Bom parse(String file, byte[] bytes, boolean xml, Parser parser, JsonNode tree, JsonLines lines,
      List<Problem> problems) {
    try {
      return parser.parse(bytes);
    } catch (ParseException | RuntimeException whole) {
      if (xml || !(tree instanceof ObjectNode root)) {
        problems.add(Problem.error(SbomDetector.ID, Location.of(file), "cannot read the CycloneDX XML: "
            + message(whole) + "; nothing of this SBOM could be read"));
        return null;
      }
      ObjectNode kept = root.deepCopy();
      ArrayNode good = JSON.createArrayNode();
      JsonNode components = root.path("components");
      for (int i = 0; i < components.size(); i++) {
        ObjectNode one = root.deepCopy();
        one.remove(List.of("dependencies", "compositions", "metadata", "services", "vulnerabilities"));
        one.set("components", JSON.createArrayNode().add(components.get(i)));
        try {
          parser.parse(JSON.writeValueAsBytes(one));
          good.add(components.get(i));
        } catch (ParseException | IOException | RuntimeException e) {
          problems.add(Problem.error(SbomDetector.ID, Location.of(file, lines.line("/components/" + i)),
              "cannot read component " + i + " of the SBOM: " + message(e) + "; it is left out"));
        }
      }
      kept.set("components", good);
      try {
        return parser.parse(JSON.writeValueAsBytes(kept));
      } catch (ParseException | IOException | RuntimeException e) {
        // the metadata or the graph is what fails: keep the components alone
        kept.remove(List.of("metadata", "dependencies", "compositions", "services"));
        problems.add(Problem.error(SbomDetector.ID, Location.of(file), "cannot read the SBOM's metadata or"
            + " dependency graph: " + message(e) + "; only its components are used"));
        try {
          return parser.parse(JSON.writeValueAsBytes(kept));
        } catch (ParseException | IOException | RuntimeException again) {
          problems.add(Problem.error(SbomDetector.ID, Location.of(file), "cannot read the CycloneDX JSON: "
              + message(whole) + "; nothing of this SBOM could be read"));
          return null;
        }
      }
    }
  }

  private static Problem invalid(String file, Location at, Version version, String what) {
    return Problem.error(SbomDetector.ID, at, "not valid CycloneDX " + version.getVersionString() + ": " + what
        + "; what could be read is used, the SBOM is not complete");
  }

  private static void map(String file, Bom bom, String spec, String encoding, boolean valid, JsonLines lines,
      Detection.Builder out) {
    List<org.cyclonedx.model.Component> all = new ArrayList<>();
    CdxFacts.flatten(bom.getComponents(), all);
    Map<String, Integer> lineOf = componentLines(bom, lines);
    Map<String, String> refs = new HashMap<>();
    Map<String, Claims> claims = new LinkedHashMap<>();
    org.cyclonedx.model.Component subject = bom.getMetadata() == null ? null : bom.getMetadata().getComponent();
    Claims subjectClaims = subject == null || subject.getName() == null ? null : claims(file, subject, 0);
    if (subjectClaims != null) {
      refs.put(local(subject), subjectClaims.ref());
    }
    for (org.cyclonedx.model.Component c : all) {
      if (c.getName() == null) {
        continue;
      }
      Claims claim = claims(file, c, lineOf.getOrDefault(CdxFacts.refOf(c), 0));
      refs.put(local(c), claim.ref());
      claims.putIfAbsent(claim.ref(), claim);
    }
    java.util.Set<String> direct = new java.util.HashSet<>();
    for (Dependency d : nullToEmpty(bom.getDependencies())) {
      String from = refs.get(d.getRef());
      for (Dependency child : nullToEmpty(d.getDependencies())) {
        String to = refs.get(child.getRef());
        if (from != null && to != null && !from.equals(to)) {
          out.edge(from, to);
          if (subjectClaims != null && from.equals(subjectClaims.ref())) {
            direct.add(to);
          }
        }
      }
    }
    // nested components are parts of their parent: an edge keeps them reachable
    nest(bom.getComponents(), refs, out);
    if (subjectClaims != null) {
      out.project(subjectClaims.component().toBuilder().direct(true).build());
    }
    for (Claims claim : claims.values()) {
      if (subjectClaims != null && claim.ref().equals(subjectClaims.ref())) {
        continue;
      }
      out.component(claim.component().toBuilder().direct(direct.contains(claim.ref())).build());
    }
    List<SupplierSbom.Claim> claimed = new ArrayList<>(claims.values().stream().map(Claims::claim).toList());
    if (subjectClaims != null && !claims.containsKey(subjectClaims.ref())) {
      claimed.add(subjectClaims.claim());
    }
    out.sbom(new SupplierSbom(file, "CycloneDX", spec, encoding, valid,
        subjectClaims == null ? null : subjectClaims.ref(), claimed,
        SbomStandards.assess(file, CdxFacts.of(bom, spec, valid))));
  }

  private static void nest(List<org.cyclonedx.model.Component> parents, Map<String, String> refs, Detection.Builder out) {
    for (org.cyclonedx.model.Component p : nullToEmpty(parents)) {
      for (org.cyclonedx.model.Component c : nullToEmpty(p.getComponents())) {
        String from = refs.get(local(p));
        String to = refs.get(local(c));
        if (from != null && to != null && !from.equals(to)) {
          out.edge(from, to);
        }
      }
      nest(p.getComponents(), refs, out);
    }
  }

  /** The line of each top-level component of a JSON BOM, by its ref. */
  private static Map<String, Integer> componentLines(Bom bom, JsonLines lines) {
    Map<String, Integer> out = new HashMap<>();
    if (lines == null) {
      return out;
    }
    List<org.cyclonedx.model.Component> top = nullToEmpty(bom.getComponents());
    for (int i = 0; i < top.size(); i++) {
      out.putIfAbsent(CdxFacts.refOf(top.get(i)), lines.line("/components/" + i));
    }
    return out;
  }

  private static String local(org.cyclonedx.model.Component c) {
    return c.getBomRef() != null ? c.getBomRef() : CdxFacts.refOf(c);
  }

  private static Claims claims(String file, org.cyclonedx.model.Component c, int line) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Hash h : nullToEmpty(c.getHashes())) {
      if (h.getAlgorithm() != null && h.getValue() != null) {
        hashes.put(h.getAlgorithm(), h.getValue());
      }
    }
    return new Claims(file, line, c.getBomRef(), c.getPurl(), c.getGroup(), c.getName(), c.getVersion(),
        licenses(c.getLicenses()), hashes, supplier(c), scope(c), c.getCopyright());
  }

  private static List<DeclaredLicense> licenses(LicenseChoice choice) {
    List<DeclaredLicense> out = new ArrayList<>();
    if (choice == null) {
      return out;
    }
    if (choice.getExpression() != null && choice.getExpression().getValue() != null
        && !choice.getExpression().getValue().isBlank()) {
      out.add(DeclaredLicense.spdx(choice.getExpression().getValue()));
    }
    for (License l : nullToEmpty(choice.getLicenses())) {
      if (l.getId() != null || l.getName() != null || l.getUrl() != null) {
        out.add(new DeclaredLicense(l.getId(), l.getName(), l.getUrl()));
      }
    }
    return out;
  }

  /** Who the SBOM says supplies it: the supplier, else the manufacturer, else the publisher. */
  private static Organization supplier(org.cyclonedx.model.Component c) {
    for (OrganizationalEntity e : java.util.Arrays.asList(c.getSupplier(), c.getManufacturer())) {
      if (e != null && (e.getName() != null || !nullToEmpty(e.getUrls()).isEmpty())) {
        return new Organization(e.getName(), nullToEmpty(e.getUrls()).isEmpty() ? null : e.getUrls().get(0));
      }
    }
    return c.getPublisher() == null || c.getPublisher().isBlank() ? null : new Organization(c.getPublisher(), null);
  }

  private static Scope scope(org.cyclonedx.model.Component c) {
    return c.getScope() == org.cyclonedx.model.Component.Scope.EXCLUDED ? Scope.BUILD : Scope.RUNTIME;
  }

  private static Location location(String file, ParseException e, JsonLines lines) {
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof org.xml.sax.SAXParseException sax) {
        return new Location(file, Math.max(0, sax.getLineNumber()), Math.max(0, sax.getColumnNumber()));
      }
      cause = cause.getCause();
    }
    if (lines != null) {
      String path = JsonLines.pathIn(e.getMessage());
      return Location.of(file, lines.line(JsonLines.pointer(path)));
    }
    return Location.of(file);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    if (m == null && e.getCause() != null) {
      m = e.getCause().getMessage();
    }
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }

  /** The version an XML BOM declares by its namespace, {@code http://cyclonedx.org/schema/bom/1.5}. */
  private static String xmlSpecVersion(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("http://cyclonedx\\.org/schema/bom/(\\d+\\.\\d+)").matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
