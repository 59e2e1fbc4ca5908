package nl.autonomy.core.sovereignty;

import java.util.List;

/**
 * The eight sovereignty objectives of the EU Cloud Sovereignty Framework (European Commission,
 * DG DIGIT, v1.2.1, October 2025) with their weights, and what code evidence cannot tell about each.
 * The framework rates cloud services; which objectives code can speak to, and the criteria it
 * cannot answer, are Autonomy's reading of it (docs/eu-csf.md).
 */
public enum SovObjective {
  SOV_1("SOV-1", "Strategic", 15, false, List.of(
      "ownership and control of the provider by EU/EEA entities",
      "control over the product roadmap and investment in the EU",
      "resilience of the provider to a cut-off by a foreign parent")),
  SOV_2("SOV-2", "Legal and jurisdictional", 10, true, List.of(
      "the legal entity that contracts and operates the service, and its parent companies",
      "contract terms: applicable law, place of jurisdiction, enforceability of rights",
      "how the provider answers foreign authorities' requests for data")),
  SOV_3("SOV-3", "Data and AI", 10, true, List.of(
      "the region and data centres a service is actually configured to run in",
      "who holds the encryption keys and where",
      "where AI models were trained and on what data")),
  SOV_4("SOV-4", "Operational", 15, true, List.of(
      "who operates, supports and patches the running system, and from which country",
      "tested exit plans and the ability to run disconnected from a non-EU provider",
      "subcontractors' jurisdictions")),
  SOV_5("SOV-5", "Supply chain", 20, true, List.of(
      "the origin of hardware and data-centre infrastructure",
      "the provider's own suppliers and subprocessors",
      "components that are not declared in a manifest the scan reads (vendored or copied code)")),
  SOV_6("SOV-6", "Technology", 15, true, List.of(
      "whether the provider documents its service architecture",
      "the openness of interfaces the code does not call")),
  SOV_7("SOV-7", "Security and compliance", 10, true, List.of(
      "signed builds and provenance attestations (SLSA) of delivered artifacts",
      "security operations, incident response and certifications (ISO 27001, BSI C5) under EU control",
      "known vulnerabilities (Autonomy does not scan for them)")),
  SOV_8("SOV-8", "Environmental", 5, false, List.of(
      "energy use and efficiency of the data centres",
      "dependency on scarce raw materials and hardware lifecycle"));

  private final String id;
  private final String title;
  private final int weight;
  private final boolean fromCode;
  private final List<String> notAnswerable;

  SovObjective(String id, String title, int weight, boolean fromCode, List<String> notAnswerable) {
    this.id = id;
    this.title = title;
    this.weight = weight;
    this.fromCode = fromCode;
    this.notAnswerable = notAnswerable;
  }

  /** {@code SOV-2}, as the framework writes it. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The framework's weight in percent (MISP {@code sov} taxonomy; see docs/eu-csf.md). */
  public int weight() {
    return weight;
  }

  /** Whether anything in a codebase speaks to this objective at all. */
  public boolean fromCode() {
    return fromCode;
  }

  /** The framework's criteria of this objective that no scan of code can answer. */
  public List<String> notAnswerable() {
    return notAnswerable;
  }
}
