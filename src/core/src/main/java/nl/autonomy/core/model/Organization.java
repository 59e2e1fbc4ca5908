package nl.autonomy.core.model;

/** An organisation a component names itself (POM {@code <organization>}, package author). */
public record Organization(String name, String url) {

  public Organization {
    name = name == null ? null : name.strip();
    url = url == null ? null : url.strip();
  }

  public boolean isEmpty() {
    return (name == null || name.isEmpty()) && (url == null || url.isEmpty());
  }
}
