package nl.autonomy.core.report.sarif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.model.Finding;

/** The rule metadata of a run: one entry per rule that produced a finding, sorted by id. */
record SarifRules(List<Entry> all) {

  /** One rule as code scanning shows it. */
  record Entry(String id, String aspect, String level, String example, String help) {

    ObjectNode toJson(JsonNodeFactory json) {
      ObjectNode r = json.objectNode().put("id", id).put("name", camel(id));
      r.putObject("shortDescription").put("text", sentence(id));
      r.putObject("fullDescription").put("text", "Autonomy policy rule on " + aspect + ": " + example);
      String helpText = help.isBlank() ? "See the Autonomy report for the way out." : help;
      r.putObject("help").put("text", helpText).put("markdown", "**Way out:** " + helpText);
      r.putObject("defaultConfiguration").put("level", level);
      r.putObject("properties").putArray("tags").add("autonomy").add(aspect);
      return r;
    }
  }

  static SarifRules of(List<Finding> findings) {
    Map<String, Entry> byId = new TreeMap<>();
    for (Finding f : findings) {
      byId.putIfAbsent(f.ruleId(), new Entry(f.ruleId(), f.aspect().id(), SarifLogBuilder.level(f.severity()),
          f.message(), f.howToFix()));
    }
    return new SarifRules(new ArrayList<>(byId.values()));
  }

  int indexOf(String ruleId) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no rule " + ruleId);
  }

  /** {@code no-proprietary-cloud-api} → {@code NoProprietaryCloudApi}, SARIF's rule name style. */
  static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  /** {@code no-proprietary-cloud-api} → {@code No proprietary cloud api}. */
  static String sentence(String id) {
    String words = id.replaceAll("[^A-Za-z0-9]+", " ").strip().toLowerCase(Locale.ROOT);
    return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
