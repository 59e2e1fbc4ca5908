package nl.autonomy.core.model;

import java.util.List;

/**
 * The plan to leave one service.
 *
 * @param id catalog service id
 * @param name display name
 * @param vendorId its provider
 * @param vendorName the provider's name, when known
 * @param category its catalog category
 * @param lockIn the judged lock-in level
 * @param usage how the evidence says it is used
 * @param places where it is, grouped by module and kind, each with file:line
 * @param placeCount distinct places (file and line)
 * @param data what it holds and how that is taken out
 * @param wayOut configuration-only alternatives apart from those that need code changes
 * @param effort the exit effort with its working
 * @param steps what to do, in order
 * @param risks other services that depend on it
 */
public record ServiceExit(String id, String name, String vendorId, String vendorName, String category,
    LockInLevel lockIn, ServiceUsage usage, List<PlaceGroup> places, int placeCount, DataExit data, WayOut wayOut,
    Effort effort, List<Step> steps, List<Risk> risks) {

  public ServiceExit {
    places = List.copyOf(places);
    steps = List.copyOf(steps);
    risks = List.copyOf(risks);
  }

  /**
   * The places of one kind in one module.
   *
   * @param module the module's folder ({@code .} for the root)
   * @param kind {@code client-libraries}, {@code imports}, {@code configuration}, {@code iac},
   *     {@code kubernetes}, {@code ci}, {@code containers}, {@code delivered}
   * @param places sorted by file and line
   */
  public record PlaceGroup(String module, String kind, List<Place> places) {
    public PlaceGroup {
      places = List.copyOf(places);
    }
  }

  /**
   * One place to change.
   *
   * @param file path relative to the scanned root
   * @param line 1-based, 0 = the file as a whole
   * @param excerpt the line as seen
   * @param scope what the file is for (test places change too, but do not ship)
   */
  public record Place(String file, int line, String excerpt, Scope scope) {

    /** {@code file:line}, or the file alone. */
    public String location() {
      return line == 0 ? file : file + ":" + line;
    }
  }

  /**
   * The data the service holds, from {@code policies/catalog/exits.yaml}; null fields when the
   * catalog has nothing for its category (said so, never guessed).
   *
   * @param category the category the facts are for
   * @param holds what it holds
   * @param export how it is taken out
   * @param standard the open standard or format
   * @param sources where it can be checked
   */
  public record DataExit(String category, String holds, String export, String standard, List<String> sources) {
    public DataExit {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /**
   * The ways out.
   *
   * @param status {@code leave} (there is use to leave), {@code already-open} (the open protocol is
   *     already spoken to another store), {@code remove-dependency} (declared or reachable, no code
   *     calls it), {@code tests-only}
   * @param protocol the protocol the same-protocol alternatives speak, or null
   * @param configurationOnly alternatives reached by changing configuration alone
   * @param codeChange alternatives that need code changes, each with why
   * @param configurationChanges the concrete keys to change, from the evidence
   * @param hardCoded endpoints written in code: they move into configuration first
   * @param replacement the catalog service the what-if puts in its place, or null
   * @param sources where the protocol facts can be checked
   */
  public record WayOut(String status, String protocol, List<Alternative> configurationOnly,
      List<Alternative> codeChange, List<ConfigChange> configurationChanges, List<Place> hardCoded,
      String replacement, List<String> sources) {
    public WayOut {
      configurationOnly = List.copyOf(configurationOnly);
      codeChange = List.copyOf(codeChange);
      configurationChanges = List.copyOf(configurationChanges);
      hardCoded = List.copyOf(hardCoded);
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /**
   * An alternative and why it is in its group.
   *
   * @param name as the catalog names it
   * @param reason {@code same-protocol}, {@code vendor-client} (speaks the protocol, but the code
   *     uses the vendor's own client), {@code other-api}, {@code same-standard-unchecked}
   */
  public record Alternative(String name, String reason) {
  }

  /**
   * A configuration value to change.
   *
   * @param file the configuration file
   * @param line its line
   * @param key the key as written ({@code endpoint}, {@code azure.storage.endpoint})
   * @param current the value now (redacted like every excerpt)
   * @param what what to set instead, for people
   */
  public record ConfigChange(String file, int line, String key, String current, String what) {
  }

  /**
   * @param level the effort
   * @param points its points
   * @param breakdown the rule's working (absent when the use is not the vendor's service)
   */
  public record Effort(ExitEffort level, int points, EffortBreakdown breakdown) {
  }

  /**
   * One step of the checklist.
   *
   * @param id {@code interface}, {@code replace-client}, {@code migrate-data}, {@code switch-configuration},
   *     {@code move-endpoints}, {@code remove-dependency}, {@code replace-iac}, {@code replace-ci},
   *     {@code replace-images}, {@code verify}
   * @param places where the step applies (file:line), may be empty
   */
  public record Step(String id, List<String> places) {
    public Step {
      places = List.copyOf(places);
    }
  }

  /**
   * Another service that depends on this one.
   *
   * @param service its id
   * @param name its name
   * @param reason {@code same-files} (used together in these files) or {@code library} (its client
   *     library depends on this one's)
   * @param where the files or client libraries that show it
   * @param inPlan whether it is left in the same plan
   */
  public record Risk(String service, String name, String reason, List<String> where, boolean inPlan) {
    public Risk {
      where = List.copyOf(where);
    }
  }
}
