package nl.autonomy.core.model;

import java.util.Locale;

/** How an endpoint was written in configuration. */
public enum EndpointKind implements Identified {
  /** A URL with a scheme: {@code https://api.example.nl/v1}, {@code amqps://mq.example.nl}. */
  URL,
  /** A JDBC URL: {@code jdbc:postgresql://db.example.nl:5432/app}, {@code jdbc:oracle:thin:@db.example.nl:1521}. */
  JDBC,
  /** A connection string: {@code Server=tcp:db.example.nl,1433;Database=app;}. */
  CONNECTION_STRING,
  /** A host given to a host setting: {@code spring.mail.host=smtp.example.nl}, {@code SMTP_HOST=...}. */
  HOST_SETTING;

  @Override
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
